package io.github.sigma2sumo.emit;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.ast.StageVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints one stage in canonical form: lower-case operator words, options in one fixed order,
 * {@code sort by k desc} for every sort spelling, {@code count by a, b} for {@code count a, b}.
 */
final class StagePrinter implements StageVisitor<String> {

  private final ExprPrinter exprs;
  private final QueryPrinter queries;

  StagePrinter(ExprPrinter exprs, QueryPrinter queries) {
    this.exprs = exprs;
    this.queries = queries;
  }

  String print(Stage stage) {
    return stage.accept(this);
  }

  @Override
  public String visitWhere(Stage.Where node) {
    return "where " + exprs.print(node.condition());
  }

  @Override
  public String visitAssign(Stage.Assign node) {
    return exprs.print(node.value()) + node.alias().map(a -> " as " + SumoSyntax.field(a)).orElse("");
  }

  @Override
  public String visitParseAnchor(Stage.ParseAnchor node) {
    String patterns = Joined.of(node.patterns(), p -> SumoSyntax.string(p.pattern()) + " as " + names(p.names()), ", ");
    return words("parse", field(node.field()), patterns, flag(node.nodrop(), "nodrop"));
  }

  @Override
  public String visitParseRegex(Stage.ParseRegex node) {
    // Several patterns repeat the keyword, the form Sumo's own apps use (`"a", regex "b"`).
    String patterns = Joined.of(node.patterns(), SumoSyntax::string, node.extractKeyword() ? ", " : ", regex ");
    return words(node.extractKeyword() ? "extract" : "parse regex", field(node.field()), patterns,
        flag(node.multi(), "multi"), flag(node.nodrop(), "nodrop"));
  }

  @Override
  public String visitParseXml(Stage.ParseXml node) {
    return words("parse xml", field(node.field()), strings(node.paths()), as(node.names()),
        flag(node.nodrop(), "nodrop"));
  }

  @Override
  public String visitJson(Stage.Json node) {
    return words("json", field(node.field()), flag(node.auto(), "auto"),
        node.maxDepth().map(d -> "maxdepth " + exprs.print(d)).orElse(""),
        flag(node.extractArrays(), "extractarrays"), flag(node.keysWord(), "keys"), strings(node.paths()),
        as(node.names()), flag(node.refOnly(), "refonly"), flag(node.nodrop(), "nodrop"));
  }

  @Override
  public String visitKeyValue(Stage.KeyValue node) {
    return words("keyvalue", flag(node.auto(), "auto"), flag(node.infer(), "infer"), field(node.field()),
        node.regex().map(r -> "regex " + SumoSyntax.string(r)).orElse(""), flag(node.keysWord(), "keys"),
        strings(node.keys()), as(node.names()),
        node.delimiter().map(d -> "delim " + SumoSyntax.string(d)).orElse(""),
        flag(node.refOnly(), "refonly"), flag(node.nodrop(), "nodrop"));
  }

  @Override
  public String visitSplit(Stage.Split node) {
    String options = Joined.of(node.options(),
        o -> o.key().name().toLowerCase(java.util.Locale.ROOT) + "=" + SumoSyntax.charLiteral(o.character()), ", ");
    String items = Joined.of(node.items(),
        i -> i.position().map(p -> exprs.print(p) + " as ").orElse("") + SumoSyntax.field(i.name()), ", ");
    return words(node.csv() ? "csv" : "split", exprs.print(node.field()), options, "extract " + items);
  }

  @Override
  public String visitTimeslice(Stage.Timeslice node) {
    return words("timeslice", exprs.print(node.amount()), flag(node.buckets(), "buckets"),
        node.alias().map(a -> "as " + SumoSyntax.field(a)).orElse(""));
  }

  @Override
  public String visitFields(Stage.Fields node) {
    return words("fields", flag(node.remove(), "-"), exprs.list(node.fields()));
  }

  @Override
  public String visitSort(Stage.Sort node) {
    return "sort by " + Joined.of(node.keys(), this::sortKey, ", ");
  }

  private String sortKey(Stage.SortKey key) {
    return exprs.print(key.key()) + switch (key.order()) {
      case DEFAULT -> "";
      case ASC -> " asc";
      case DESC -> " desc";
    };
  }

  @Override
  public String visitTop(Stage.Top node) {
    String by = Joined.of(node.by(), this::sortKey, ", ");
    return words("top", node.count().map(exprs::print).orElse(""), exprs.list(node.fields()),
        by.isEmpty() ? "" : "by " + by);
  }

  @Override
  public String visitTopK(Stage.TopK node) {
    List<Expr> args = new ArrayList<>();
    args.add(node.count());
    args.addAll(node.fields());
    return words("topk(" + exprs.list(args) + ")", by(node.by()));
  }

  @Override
  public String visitLimit(Stage.Limit node) {
    return "limit " + exprs.print(node.count());
  }

  @Override
  public String visitDedup(Stage.Dedup node) {
    return words("dedup", flag(node.consecutive(), "consecutive"), node.count().map(exprs::print).orElse(""),
        by(node.by()));
  }

  @Override
  public String visitLookup(Stage.Lookup node) {
    String columns = node.columns().isEmpty() ? "*" : Joined.of(node.columns(),
        c -> SumoSyntax.field(c.name()) + c.alias().map(a -> " as " + SumoSyntax.field(a)).orElse(""), ", ");
    String keys = Joined.of(node.keys(),
        k -> exprs.print(k.left()) + k.right().map(r -> "=" + exprs.print(r)).orElse(""), ", ");
    return "lookup " + columns + " from " + exprs.print(node.table()) + " on " + keys;
  }

  @Override
  public String visitSave(Stage.Save node) {
    return words("save", flag(node.append(), "append"), exprs.print(node.table()));
  }

  @Override
  public String visitTranspose(Stage.Transpose node) {
    List<String> names = new ArrayList<>(node.names().stream().map(SumoSyntax::field).toList());
    if (node.star()) {
      names.add("*");
    }
    return words("transpose row", exprs.list(node.rows()), "column", exprs.list(node.columns()),
        names.isEmpty() ? "" : "as " + String.join(", ", names));
  }

  @Override
  public String visitFillMissing(Stage.FillMissing node) {
    String generators = Joined.of(node.generators(), this::generator, ", ");
    String with = node.value()
        .map(v -> "with " + exprs.print(v) + " for " + exprs.list(node.valueFields()))
        .orElse("");
    return words("fillmissing", generators, with, flag(node.takeLast(), "takeLast"));
  }

  private String generator(Stage.FillGenerator g) {
    String in = g.field().map(f -> " in " + SumoSyntax.field(f)).orElse("");
    return switch (g.kind()) {
      case TIMESLICE -> "timeslice" + g.interval().map(i -> "(" + exprs.print(i) + ")").orElse("") + in;
      case VALUES -> "values(" + exprs.list(g.values()) + ")" + in;
      case ALL_VALUES -> "values all" + in;
    };
  }

  @Override
  public String visitCompare(Stage.Compare node) {
    String shifts = Joined.of(node.shifts(),
        s -> words("timeshift", exprs.print(s.amount()), s.periods().map(exprs::print).orElse(""),
            s.function().orElse(""), s.alias().map(a -> "as " + SumoSyntax.field(a)).orElse("")), ", ");
    return "compare with " + shifts;
  }

  @Override
  public String visitOutlier(Stage.Outlier node) {
    String options = Joined.of(node.options(), o -> o.name() + "=" + o.value(), ", ");
    return words("outlier", exprs.print(node.field()), by(node.by()), options);
  }

  @Override
  public String visitCountFrequent(Stage.CountFrequent node) {
    return "count_frequent " + exprs.list(node.fields());
  }

  @Override
  public String visitAggregate(Stage.Aggregate node) {
    String calls = Joined.of(node.calls(), this::aggregateCall, ", ");
    return words(calls, by(node.groupBy()));
  }

  private String aggregateCall(Stage.AggregateCall call) {
    String args = call.star() ? "*" : exprs.list(call.args());
    String head = call.parenthesized() || call.star() || !call.args().isEmpty()
        ? call.function() + "(" + args + ")"
        : call.function();
    return head + call.alias().map(a -> " as " + SumoSyntax.field(a)).orElse("");
  }

  @Override
  public String visitOther(Stage.Other node) {
    return words(node.operator(), rawArgs(node.args()));
  }

  private String rawArgs(List<Stage.RawArg> args) {
    return Joined.of(args, this::rawArg, " ");
  }

  private String rawArg(Stage.RawArg arg) {
    if (arg instanceof Stage.RawArg.Word w) {
      return w.text();
    } else if (arg instanceof Stage.RawArg.Group g) {
      return "(" + rawArgs(g.items()) + ")";
    }
    return queries.subquery(((Stage.RawArg.Sub) arg).query());
  }

  private String field(Optional<Expr> field) {
    return field.map(f -> "field=" + exprs.print(f)).orElse("");
  }

  private String by(List<Expr> fields) {
    return fields.isEmpty() ? "" : "by " + exprs.list(fields);
  }

  private static String names(List<String> names) {
    return Joined.of(names, SumoSyntax::field, ", ");
  }

  private static String as(List<String> names) {
    return names.isEmpty() ? "" : "as " + names(names);
  }

  private static String strings(List<String> values) {
    return Joined.of(values, SumoSyntax::string, ", ");
  }

  private static String flag(boolean on, String word) {
    return on ? word : "";
  }

  /** Joins the non-empty parts with single spaces. */
  private static String words(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (!part.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(part);
      }
    }
    return out.toString();
  }
}
