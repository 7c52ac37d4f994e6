package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.ast.StageVisitor;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Prepares each stage of a query into the work it does ({@link StageWork}); a stage may become
 * several steps (a parse with several patterns) or none (after a problem). Operators without their
 * own preparation are refused by name: "`transpose` is not evaluated locally".
 */
final class StageCompiler implements StageVisitor<List<StageWork>> {
  private final ExprCompiler exprs;
  private final Prep prep;
  private final ParseCompiler parses;
  private final AggregateCompiler aggregates;
  private int index;

  StageCompiler(ExprCompiler exprs, ParseRuns runs) {
    this.exprs = exprs;
    this.prep = exprs.prep();
    this.parses = new ParseCompiler(exprs, runs);
    this.aggregates = new AggregateCompiler(exprs);
  }

  /** The steps of the stage at {@code index} of the query. */
  List<Step> compile(int index, Stage stage) {
    this.index = index;
    int problems = prep.problems().size();
    List<Step> out = new ArrayList<>();
    for (StageWork w : stage.accept(this)) {
      out.add(new Step(index, stage.span(), w));
    }
    if (prep.problems().size() > problems) {
      // a stage with a problem may define fields it did not get to: later reads are not checked
      prep.fieldsOpen();
    }
    return out;
  }

  @Override
  public List<StageWork> visitWhere(Stage.Where node) {
    Expr c = node.condition();
    List<Expr> top = c instanceof Expr.And a ? a.terms() : c instanceof Expr.Or o ? o.terms() : List.of(c);
    List<Cond> terms = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    Cond whole = exprs.cond(c);
    if (top.size() == 1) {
      terms.add(whole);
      spans.add(c.span());
    } else {
      for (Expr t : top) {
        terms.add(exprs.cond(t));
        spans.add(t.span());
      }
    }
    return List.of(new WhereStage(whole, terms, spans));
  }

  @Override
  public List<StageWork> visitAssign(Stage.Assign node) {
    Eval value = exprs.eval(node.value());
    if (node.alias().isPresent()) {
      return List.of(new AssignStage(value, prep.define(node.alias().get())));
    }
    if (node.value() instanceof Expr.Call call && !call.args().isEmpty()
        && call.args().get(0) instanceof Expr.FieldRef f) {
      return List.of(new AssignStage(value, prep.define(f.name())));
    }
    prep.notEvaluated("expression without as", "the docs name no field for its result", node.span());
    return List.of();
  }

  @Override
  public List<StageWork> visitParseAnchor(Stage.ParseAnchor node) {
    return parses.anchor(index, node);
  }

  @Override
  public List<StageWork> visitParseRegex(Stage.ParseRegex node) {
    return parses.regex(index, node);
  }

  @Override
  public List<StageWork> visitParseXml(Stage.ParseXml node) {
    return refuse("parse xml", node.span());
  }

  @Override
  public List<StageWork> visitJson(Stage.Json node) {
    return parses.json(index, node);
  }

  @Override
  public List<StageWork> visitKeyValue(Stage.KeyValue node) {
    return parses.keyValue(index, node);
  }

  @Override
  public List<StageWork> visitSplit(Stage.Split node) {
    return parses.split(node);
  }

  @Override
  public List<StageWork> visitTimeslice(Stage.Timeslice node) {
    OptionalDouble amount = prep.number(node.amount(), "timeslice");
    if (amount.isEmpty()) {
      return List.of();
    }
    int time = prep.read("_messagetime", node.span());
    int target = prep.define(node.alias().orElse("_timeslice"));
    double a = amount.getAsDouble();
    if (node.buckets()) {
      if (a < 1 || a > 100_000) {
        prep.invalid("timeslice", "timeslice takes 1 to 100,000 buckets", node.amount().span());
        return List.of();
      }
      return List.of(new TimesliceStage(0, (int) a, time, target));
    }
    if (a < 1) {
      prep.invalid("timeslice", "a timeslice lasts at least a millisecond", node.amount().span());
      return List.of();
    }
    return List.of(new TimesliceStage((long) a, 0, time, target));
  }

  @Override
  public List<StageWork> visitFields(Stage.Fields node) {
    List<String> names = new ArrayList<>();
    for (Expr f : node.fields()) {
      if (!(f instanceof Expr.FieldRef ref)) {
        if (!prep.isTemplate(f)) {
          prep.invalid("fields", "fields lists field names", f.span());
        }
        return List.of();
      }
      names.add(ref.name());
    }
    int[] slots = new int[names.size()];
    for (int i = 0; i < slots.length; i++) {
      // removing a field that does not exist is harmless; keeping one is a read
      slots[i] = node.remove() ? prep.schema().slot(names.get(i)) : prep.read(names.get(i), node.fields().get(i).span());
    }
    return List.of(new FieldsStage(node.remove(), names, slots));
  }

  @Override
  public List<StageWork> visitSort(Stage.Sort node) {
    Eval[] keys = new Eval[node.keys().size()];
    boolean[] descending = new boolean[keys.length];
    for (int i = 0; i < keys.length; i++) {
      Stage.SortKey k = node.keys().get(i);
      keys[i] = exprs.eval(k.key());
      descending[i] = k.order() != Stage.SortOrder.ASC;
    }
    return List.of(new SortStage(keys, descending));
  }

  @Override
  public List<StageWork> visitTop(Stage.Top node) {
    return aggregates.top(node).<List<StageWork>>map(List::of).orElse(List.of());
  }

  @Override
  public List<StageWork> visitTopK(Stage.TopK node) {
    return refuse("topk", node.span());
  }

  @Override
  public List<StageWork> visitLimit(Stage.Limit node) {
    OptionalDouble n = prep.number(node.count(), "limit");
    return n.isEmpty() ? List.of() : List.of(new LimitStage((long) Math.max(0, n.getAsDouble())));
  }

  @Override
  public List<StageWork> visitDedup(Stage.Dedup node) {
    long keep = 1;
    if (node.count().isPresent()) {
      OptionalDouble n = prep.number(node.count().get(), "dedup");
      if (n.isEmpty()) {
        return List.of();
      }
      keep = (long) n.getAsDouble();
    }
    List<Eval> keys = node.by().isEmpty() ? List.of(row -> row.get(prep.rawSlot())) : exprs.evals(node.by());
    return List.of(new DedupStage(keys.toArray(Eval[]::new), keep, node.consecutive()));
  }

  @Override
  public List<StageWork> visitLookup(Stage.Lookup node) {
    return LookupCompiler.compile(node, exprs).<List<StageWork>>map(List::of).orElse(List.of());
  }

  @Override
  public List<StageWork> visitSave(Stage.Save node) {
    return refuse("save", node.span());
  }

  @Override
  public List<StageWork> visitTranspose(Stage.Transpose node) {
    return refuse("transpose", node.span());
  }

  @Override
  public List<StageWork> visitFillMissing(Stage.FillMissing node) {
    return refuse("fillmissing", node.span());
  }

  @Override
  public List<StageWork> visitCompare(Stage.Compare node) {
    return refuse("compare", node.span());
  }

  @Override
  public List<StageWork> visitOutlier(Stage.Outlier node) {
    return refuse("outlier", node.span());
  }

  @Override
  public List<StageWork> visitCountFrequent(Stage.CountFrequent node) {
    return aggregates.countFrequent(node).<List<StageWork>>map(List::of).orElse(List.of());
  }

  @Override
  public List<StageWork> visitAggregate(Stage.Aggregate node) {
    return aggregates.aggregate(node).<List<StageWork>>map(List::of).orElse(List.of());
  }

  @Override
  public List<StageWork> visitOther(Stage.Other node) {
    return refuse(node.operator().toLowerCase(Locale.ROOT), node.span());
  }

  /** Refuses a stage; what it would define is unknown, so later reads are not checked. */
  private List<StageWork> refuse(String operator, Span span) {
    prep.notEvaluated(operator, span);
    prep.fieldsOpen();
    return List.of();
  }
}
