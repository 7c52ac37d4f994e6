package io.github.sigma2sumo.ast;

/** One method per {@link Stage} record; adding a record breaks every visitor until it handles it. */
public interface StageVisitor<R> {
  R visitWhere(Stage.Where node);

  R visitAssign(Stage.Assign node);

  R visitParseAnchor(Stage.ParseAnchor node);

  R visitParseRegex(Stage.ParseRegex node);

  R visitParseXml(Stage.ParseXml node);

  R visitJson(Stage.Json node);

  R visitKeyValue(Stage.KeyValue node);

  R visitSplit(Stage.Split node);

  R visitTimeslice(Stage.Timeslice node);

  R visitFields(Stage.Fields node);

  R visitSort(Stage.Sort node);

  R visitTop(Stage.Top node);

  R visitTopK(Stage.TopK node);

  R visitLimit(Stage.Limit node);

  R visitDedup(Stage.Dedup node);

  R visitLookup(Stage.Lookup node);

  R visitSave(Stage.Save node);

  R visitTranspose(Stage.Transpose node);

  R visitFillMissing(Stage.FillMissing node);

  R visitCompare(Stage.Compare node);

  R visitOutlier(Stage.Outlier node);

  R visitCountFrequent(Stage.CountFrequent node);

  R visitAggregate(Stage.Aggregate node);

  R visitOther(Stage.Other node);
}
