package io.github.sigma2sumo.sumo.parser;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.SumoCatalog;
import io.github.sigma2sumo.sumo.antlr.SumoLexer;
import io.github.sigma2sumo.sumo.antlr.SumoParser;
import io.github.sigma2sumo.sumo.antlr.SumoParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds {@link Stage} nodes, one method per labelled alternative of the {@code stage} rule. */
final class StageBuilder extends SumoParserBaseVisitor<Stage> {

  private final ExprBuilder exprs;
  private final QueryBuilder queries;

  StageBuilder(ExprBuilder exprs, QueryBuilder queries) {
    this.exprs = exprs;
    this.queries = queries;
  }

  /** A stage: its one child is the rule of its kind. */
  Stage stage(SumoParser.StageContext ctx) {
    return visit(ctx.getChild(0));
  }

  @Override
  public Stage visitWhereStage(SumoParser.WhereStageContext ctx) {
    return new Stage.Where(exprs.expression(ctx.expression()), Trees.span(ctx));
  }

  @Override
  public Stage visitParseRegexStage(SumoParser.ParseRegexStageContext ctx) {
    ParseOptions o = ParseOptions.of(ctx.parseOption(), exprs);
    return new Stage.ParseRegex(false, o.field, Trees.strings(ctx.STRING()), o.multi, o.nodrop, Trees.span(ctx));
  }

  @Override
  public Stage visitExtractStage(SumoParser.ExtractStageContext ctx) {
    ParseOptions o = ParseOptions.of(ctx.parseOption(), exprs);
    return new Stage.ParseRegex(true, o.field, Trees.strings(ctx.STRING()), o.multi, o.nodrop, Trees.span(ctx));
  }

  @Override
  public Stage visitParseXmlStage(SumoParser.ParseXmlStageContext ctx) {
    ParseOptions o = ParseOptions.of(ctx.parseOption(), exprs);
    List<String> names = ctx.nameList() == null ? List.of() : Trees.names(ctx.nameList().name());
    return new Stage.ParseXml(o.field, Trees.strings(ctx.STRING()), names, o.nodrop, Trees.span(ctx));
  }

  @Override
  public Stage visitParseAnchorStage(SumoParser.ParseAnchorStageContext ctx) {
    ParseOptions o = ParseOptions.of(ctx.parseOption(), exprs);
    List<Stage.AnchorPattern> patterns = new ArrayList<>();
    for (SumoParser.AnchorPatternContext p : ctx.anchorPattern()) {
      patterns.add(new Stage.AnchorPattern(Trees.string(p.STRING()), Trees.names(p.nameList().name()),
          Trees.span(p)));
    }
    return new Stage.ParseAnchor(o.field, patterns, o.nodrop, Trees.span(ctx));
  }

  @Override
  public Stage visitJsonStage(SumoParser.JsonStageContext ctx) {
    Optional<Expr> field = Optional.empty();
    Optional<Expr> maxDepth = Optional.empty();
    boolean extractArrays = false;
    boolean refOnly = false;
    boolean nodrop = false;
    for (SumoParser.JsonOptionContext option : ctx.jsonOption()) {
      if (option instanceof SumoParser.JsonFieldOptionContext f) {
        field = Optional.of(exprs.fieldRef(f.fieldRef()));
      } else if (option instanceof SumoParser.JsonMaxDepthContext m) {
        maxDepth = Optional.of(exprs.integer(m.integer()));
      } else if (option instanceof SumoParser.JsonExtractArraysContext) {
        extractArrays = true;
      } else if (option instanceof SumoParser.JsonRefOnlyContext) {
        refOnly = true;
      } else {
        nodrop = true;
      }
    }
    SumoParser.JsonKeysContext keys = ctx.jsonKeys();
    List<String> paths = keys == null ? List.of() : Trees.strings(keys.STRING());
    List<String> names = ctx.nameList() == null ? List.of() : Trees.names(ctx.nameList().name());
    return new Stage.Json(field, ctx.AUTO() != null, keys != null && keys.KEYS() != null, paths, names, maxDepth,
        extractArrays, refOnly, nodrop, Trees.span(ctx));
  }

  @Override
  public Stage visitKeyValueStage(SumoParser.KeyValueStageContext ctx) {
    boolean auto = false;
    boolean infer = false;
    boolean keysWord = false;
    boolean refOnly = false;
    boolean nodrop = false;
    Optional<String> regex = Optional.empty();
    Optional<String> delimiter = Optional.empty();
    Optional<Expr> field = Optional.empty();
    List<String> keys = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SumoParser.KeyValuePartContext part : ctx.keyValuePart()) {
      if (part instanceof SumoParser.KvAutoContext) {
        auto = true;
      } else if (part instanceof SumoParser.KvInferContext) {
        infer = true;
      } else if (part instanceof SumoParser.KvRegexContext r) {
        regex = Optional.of(Trees.string(r.STRING()));
      } else if (part instanceof SumoParser.KvKeysWordContext) {
        keysWord = true;
      } else if (part instanceof SumoParser.KvKeysContext k) {
        keys.addAll(Trees.strings(k.STRING()));
      } else if (part instanceof SumoParser.KvNamesContext n) {
        names.addAll(Trees.names(n.nameList().name()));
      } else if (part instanceof SumoParser.KvFieldContext f) {
        field = Optional.of(exprs.fieldRef(f.fieldRef()));
      } else if (part instanceof SumoParser.KvRefOnlyContext) {
        refOnly = true;
      } else if (part instanceof SumoParser.KvDelimContext d) {
        delimiter = Optional.of(Trees.string(d.STRING()));
      } else {
        nodrop = true;
      }
    }
    return new Stage.KeyValue(auto, infer, regex, field, keysWord, keys, names, delimiter, refOnly, nodrop,
        Trees.span(ctx));
  }

  @Override
  public Stage visitSplitStage(SumoParser.SplitStageContext ctx) {
    List<Stage.SplitOption> options = new ArrayList<>();
    for (SumoParser.SplitOptionContext o : ctx.splitOption()) {
      Stage.SplitOptionKey key = switch (o.key.getType()) {
        case SumoLexer.ESCAPE -> Stage.SplitOptionKey.ESCAPE;
        case SumoLexer.QUOTE -> Stage.SplitOptionKey.QUOTE;
        default -> Stage.SplitOptionKey.DELIM;
      };
      String text = o.CHAR_LITERAL().getText();
      options.add(new Stage.SplitOption(key, text.substring(1, text.length() - 1), Trees.span(o)));
    }
    List<Stage.ExtractItem> items = new ArrayList<>();
    for (SumoParser.ExtractItemContext item : ctx.extractItem()) {
      Optional<Expr> position = Optional.ofNullable(item.integer()).map(exprs::integer);
      items.add(new Stage.ExtractItem(position, Trees.name(item.name()), Trees.span(item)));
    }
    return new Stage.Split(ctx.kind.getType() == SumoLexer.CSV, exprs.fieldRef(ctx.fieldRef()), options, items,
        Trees.span(ctx));
  }

  @Override
  public Stage visitTimesliceStage(SumoParser.TimesliceStageContext ctx) {
    Optional<String> alias = alias(ctx.name());
    if (ctx.amount instanceof SumoParser.TimesliceBucketsContext b) {
      return new Stage.Timeslice(exprs.integer(b.integer()), true, alias, Trees.span(ctx));
    }
    SumoParser.TimesliceDurationContext d = (SumoParser.TimesliceDurationContext) ctx.amount;
    return new Stage.Timeslice(exprs.duration(d.duration()), false, alias, Trees.span(ctx));
  }

  @Override
  public Stage visitFieldsStage(SumoParser.FieldsStageContext ctx) {
    return new Stage.Fields(ctx.remove != null, exprs.fieldRefs(ctx.fieldRef()), Trees.span(ctx));
  }

  @Override
  public Stage visitSortStage(SumoParser.SortStageContext ctx) {
    List<Stage.SortKey> keys = new ArrayList<>();
    for (SumoParser.SortKeyContext key : ctx.sortKey()) {
      Stage.SortOrder order = Stage.SortOrder.DEFAULT;
      if (key.direction != null) {
        order = key.direction.getType() == SumoLexer.ASC ? Stage.SortOrder.ASC : Stage.SortOrder.DESC;
      } else if (key.sign != null) {
        order = key.sign.getType() == SumoLexer.PLUS ? Stage.SortOrder.ASC : Stage.SortOrder.DESC;
      }
      keys.add(new Stage.SortKey(exprs.expression(key.expression()), order, Trees.span(key)));
    }
    return new Stage.Sort(keys, Trees.span(ctx));
  }

  @Override
  public Stage visitTopStage(SumoParser.TopStageContext ctx) {
    List<Stage.SortKey> by = new ArrayList<>();
    for (SumoParser.TopOrderContext o : ctx.topOrder()) {
      Stage.SortOrder order = o.direction == null ? Stage.SortOrder.DEFAULT
          : o.direction.getType() == SumoLexer.ASC ? Stage.SortOrder.ASC : Stage.SortOrder.DESC;
      by.add(new Stage.SortKey(exprs.fieldRef(o.fieldRef()), order, Trees.span(o)));
    }
    return new Stage.Top(Optional.ofNullable(ctx.count).map(exprs::integer), exprs.fieldRefs(ctx.fieldRef()), by,
        Trees.span(ctx));
  }

  @Override
  public Stage visitTopkStage(SumoParser.TopkStageContext ctx) {
    List<Expr> all = exprs.fieldRefs(ctx.fieldRef());
    int fieldCount = ctx.BY() == null ? all.size() : countBefore(ctx.fieldRef(), ctx.BY());
    return new Stage.TopK(exprs.integer(ctx.count), all.subList(0, fieldCount), all.subList(fieldCount, all.size()),
        Trees.span(ctx));
  }

  @Override
  public Stage visitLimitStage(SumoParser.LimitStageContext ctx) {
    return new Stage.Limit(exprs.integer(ctx.count), Trees.span(ctx));
  }

  @Override
  public Stage visitDedupStage(SumoParser.DedupStageContext ctx) {
    return new Stage.Dedup(ctx.CONSECUTIVE() != null, Optional.ofNullable(ctx.count).map(exprs::integer),
        exprs.fieldRefs(ctx.fieldRef()), Trees.span(ctx));
  }

  @Override
  public Stage visitLookupStage(SumoParser.LookupStageContext ctx) {
    List<Stage.LookupColumn> columns = new ArrayList<>();
    for (SumoParser.LookupColumnContext c : ctx.lookupColumns().lookupColumn()) {
      columns.add(new Stage.LookupColumn(Trees.name(c.name(0)), alias(c.name().size() > 1 ? c.name(1) : null),
          Trees.span(c)));
    }
    List<Stage.LookupKey> keys = new ArrayList<>();
    for (SumoParser.LookupKeyContext k : ctx.lookupKey()) {
      keys.add(new Stage.LookupKey(exprs.fieldRef(k.left), Optional.ofNullable(k.right).map(exprs::fieldRef),
          Trees.span(k)));
    }
    return new Stage.Lookup(columns, library(ctx.lookupSource().librarySource()), keys, Trees.span(ctx));
  }

  @Override
  public Stage visitSaveStage(SumoParser.SaveStageContext ctx) {
    return new Stage.Save(ctx.APPEND() != null, library(ctx.librarySource()), Trees.span(ctx));
  }

  private Expr.LibraryRef library(SumoParser.LibrarySourceContext ctx) {
    if (ctx instanceof SumoParser.UriSourceContext u) {
      return exprs.library(u.URI().getSymbol(), Optional.ofNullable(u.STRING()).map(TerminalNode::getSymbol),
          Trees.span(ctx));
    }
    SumoParser.PathSourceContext p = (SumoParser.PathSourceContext) ctx;
    return exprs.library(p.LIBRARY_PATH().getSymbol(), Optional.empty(), Trees.span(ctx));
  }

  @Override
  public Stage visitTransposeStage(SumoParser.TransposeStageContext ctx) {
    List<Expr> all = exprs.fieldRefs(ctx.fieldRef());
    int rows = countBefore(ctx.fieldRef(), ctx.COLUMN());
    SumoParser.TransposeNamesContext names = ctx.transposeNames();
    List<String> aliases = names == null ? List.of() : Trees.names(names.name());
    boolean star = names != null && names.STAR() != null;
    return new Stage.Transpose(all.subList(0, rows), all.subList(rows, all.size()), aliases, star, Trees.span(ctx));
  }

  @Override
  public Stage visitFillMissingStage(SumoParser.FillMissingStageContext ctx) {
    List<Stage.FillGenerator> generators = new ArrayList<>();
    for (SumoParser.FillGeneratorContext g : ctx.fillGenerator()) {
      Span span = Trees.span(g);
      if (g instanceof SumoParser.FillTimesliceContext t) {
        generators.add(new Stage.FillGenerator(Stage.FillKind.TIMESLICE,
            Optional.ofNullable(t.duration()).map(exprs::duration), List.of(), alias(t.name()), span));
      } else if (g instanceof SumoParser.FillValuesContext v) {
        generators.add(new Stage.FillGenerator(Stage.FillKind.VALUES, Optional.empty(),
            exprs.expressions(v.expression()), alias(v.name()), span));
      } else {
        SumoParser.FillAllValuesContext a = (SumoParser.FillAllValuesContext) g;
        generators.add(new Stage.FillGenerator(Stage.FillKind.ALL_VALUES, Optional.empty(), List.of(),
            alias(a.name()), span));
      }
    }
    Optional<Expr> value = Optional.ofNullable(ctx.expression()).map(exprs::expression);
    return new Stage.FillMissing(generators, value, exprs.fieldRefs(ctx.fieldRef()), ctx.TAKELAST() != null,
        Trees.span(ctx));
  }

  @Override
  public Stage visitCompareStage(SumoParser.CompareStageContext ctx) {
    List<Stage.Timeshift> shifts = new ArrayList<>();
    for (SumoParser.TimeshiftContext t : ctx.timeshift()) {
      shifts.add(new Stage.Timeshift(exprs.duration(t.amount), Optional.ofNullable(t.periods).map(exprs::integer),
          Optional.ofNullable(t.function).map(f -> f.getText()), alias(t.name()), Trees.span(t)));
    }
    return new Stage.Compare(shifts, Trees.span(ctx));
  }

  @Override
  public Stage visitOutlierStage(SumoParser.OutlierStageContext ctx) {
    List<Expr> fields = exprs.fieldRefs(ctx.fieldRef());
    List<Stage.OutlierOption> options = new ArrayList<>();
    for (SumoParser.OutlierOptionContext o : ctx.outlierOption()) {
      options.add(new Stage.OutlierOption(o.identifier().getText(), o.outlierValue().getText(), Trees.span(o)));
    }
    return new Stage.Outlier(fields.get(0), fields.subList(1, fields.size()), options, Trees.span(ctx));
  }

  @Override
  public Stage visitCountFrequentStage(SumoParser.CountFrequentStageContext ctx) {
    return new Stage.CountFrequent(exprs.fieldRefs(ctx.fieldRef()), Trees.span(ctx));
  }

  @Override
  public Stage visitCountFieldsStage(SumoParser.CountFieldsStageContext ctx) {
    Stage.AggregateCall count = new Stage.AggregateCall(ctx.COUNT().getText(), List.of(), false, false,
        alias(ctx.name()), Trees.span(ctx.COUNT()));
    return new Stage.Aggregate(List.of(count), exprs.fieldRefs(ctx.fieldRef()), Trees.span(ctx));
  }

  /**
   * {@code f(x) as y} has the shape of an aggregate and of an assignment. It is an aggregation when
   * there is a {@code by}, more than one call, or a call to an aggregate function.
   */
  @Override
  public Stage visitAggregateStage(SumoParser.AggregateStageContext ctx) {
    List<Stage.AggregateCall> calls = new ArrayList<>();
    for (SumoParser.AggregateContext a : ctx.aggregate()) {
      calls.add(aggregate(a));
    }
    List<Expr> groupBy = ctx.groupBy() == null ? List.of() : exprs.expressions(ctx.groupBy().expression());
    Stage.AggregateCall first = calls.get(0);
    boolean assignment = calls.size() == 1 && groupBy.isEmpty() && !first.star()
        && ctx.aggregate(0) instanceof SumoParser.FunctionAggregateContext
        && !SumoCatalog.isAggregate(first.function(), first.args().size());
    if (assignment) {
      Expr.Call call = new Expr.Call(first.function(), first.args(), callSpan(ctx.aggregate(0)));
      return new Stage.Assign(call, first.alias(), Trees.span(ctx));
    }
    return new Stage.Aggregate(calls, groupBy, Trees.span(ctx));
  }

  private Stage.AggregateCall aggregate(SumoParser.AggregateContext ctx) {
    if (ctx instanceof SumoParser.CountAggregateContext c) {
      List<Expr> args = c.expression() == null ? List.of() : List.of(exprs.expression(c.expression()));
      return new Stage.AggregateCall(c.COUNT().getText(), args, c.LPAREN() != null, c.STAR() != null,
          alias(c.name()), Trees.span(ctx));
    }
    SumoParser.FunctionAggregateContext f = (SumoParser.FunctionAggregateContext) ctx;
    return new Stage.AggregateCall(f.functionName().getText(), exprs.expressions(f.expression()), true, false,
        alias(f.name()), Trees.span(ctx));
  }

  private static Span callSpan(SumoParser.AggregateContext ctx) {
    SumoParser.FunctionAggregateContext f = (SumoParser.FunctionAggregateContext) ctx;
    return Trees.span(f.functionName().getStart(), f.RPAREN().getSymbol());
  }

  @Override
  public Stage visitExpressionStage(SumoParser.ExpressionStageContext ctx) {
    Expr value = exprs.expression(ctx.expression());
    if (ctx.name() == null && (value instanceof Expr.FieldRef || value instanceof Expr.Template)) {
      // A lone word is an operator without arguments (`| spath`), not a field expression.
      return new Stage.Other(ctx.expression().getText(), List.of(), Trees.span(ctx));
    }
    return new Stage.Assign(value, alias(ctx.name()), Trees.span(ctx));
  }

  @Override
  public Stage visitOtherStage(SumoParser.OtherStageContext ctx) {
    return other(ctx, ctx.genericArg());
  }

  @Override
  public Stage visitRawOperatorStage(SumoParser.RawOperatorStageContext ctx) {
    return other(ctx, ctx.genericArg());
  }

  /** An operator kept as written: its name and its arguments. */
  private Stage other(ParserRuleContext ctx, List<SumoParser.GenericArgContext> args) {
    return new Stage.Other(ctx.getStart().getText(), rawArgs(args), Trees.span(ctx));
  }

  private List<Stage.RawArg> rawArgs(List<SumoParser.GenericArgContext> args) {
    List<Stage.RawArg> out = new ArrayList<>(args.size());
    args.forEach(a -> out.add(rawArg(a)));
    return out;
  }

  private Stage.RawArg rawArg(SumoParser.GenericArgContext ctx) {
    Span span = Trees.span(ctx);
    if (ctx.subquery() != null) {
      return new Stage.RawArg.Sub(queries.subquery(ctx.subquery()), span);
    }
    if (ctx.LPAREN() == null) {
      return new Stage.RawArg.Word(ctx.getText(), span);
    }
    List<Stage.RawArg> items = new ArrayList<>();
    for (int i = 1; i < ctx.getChildCount() - 1; i++) {
      ParseTree child = ctx.getChild(i);
      if (child instanceof SumoParser.GenericArgContext g) {
        items.add(rawArg(g));
      } else {
        items.add(new Stage.RawArg.Word(child.getText(), Trees.span((TerminalNode) child)));
      }
    }
    return new Stage.RawArg.Group(items, span);
  }

  private static Optional<String> alias(SumoParser.NameContext name) {
    return Optional.ofNullable(name).map(Trees::name);
  }

  /** How many of {@code fields} stand before the keyword {@code marker}. */
  private static int countBefore(List<SumoParser.FieldRefContext> fields, TerminalNode marker) {
    int index = marker.getSymbol().getTokenIndex();
    int count = 0;
    for (SumoParser.FieldRefContext f : fields) {
      if (f.getStart().getTokenIndex() < index) {
        count++;
      }
    }
    return count;
  }

  /** The field, multi and nodrop options of the parse operators, in any order. */
  private record ParseOptions(Optional<Expr> field, boolean multi, boolean nodrop) {
    static ParseOptions of(List<SumoParser.ParseOptionContext> options, ExprBuilder exprs) {
      Optional<Expr> field = Optional.empty();
      boolean multi = false;
      boolean nodrop = false;
      for (SumoParser.ParseOptionContext o : options) {
        if (o instanceof SumoParser.FieldOptionContext f) {
          field = Optional.of(exprs.fieldRef(f.fieldRef()));
        } else if (o instanceof SumoParser.MultiOptionContext) {
          multi = true;
        } else {
          nodrop = true;
        }
      }
      return new ParseOptions(field, multi, nodrop);
    }
  }

}
