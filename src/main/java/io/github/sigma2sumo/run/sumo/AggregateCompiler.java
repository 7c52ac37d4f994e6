package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Prepares group-by aggregations, {@code top} and {@code count_frequent} (docs
 * group-aggregate-operators/*.md). An aggregate's default output field is {@code _count},
 * {@code _count_distinct}, {@code _sum}, {@code _avg}, {@code _min}, {@code _max}, {@code _stddev},
 * {@code _median}, {@code _first}, {@code _last}, {@code _values}, and {@code _<field>_pct_<p>} per
 * percentile of {@code pct} (an alias names it when there is one percentile). An aggregate reads a
 * field, not an expression ("An aggregate cannot take an expression").
 */
final class AggregateCompiler {
  private final ExprCompiler exprs;
  private final Prep prep;

  AggregateCompiler(ExprCompiler exprs) {
    this.exprs = exprs;
    this.prep = exprs.prep();
  }

  Optional<TableStage> aggregate(Stage.Aggregate s) {
    List<AggregateStage.Call> calls = new ArrayList<>();
    boolean ok = true;
    for (Stage.AggregateCall c : s.calls()) {
      Optional<AggregateStage.Call> call = call(c);
      ok &= call.isPresent();
      call.ifPresent(calls::add);
    }
    Optional<Group> group = group(s.groupBy());
    if (!ok || group.isEmpty()) {
      return Optional.empty();
    }
    List<String> made = new ArrayList<>();
    for (int slot : group.get().slots()) {
      made.add(prep.schema().name(slot));
    }
    for (AggregateStage.Call c : calls) {
      for (int slot : c.targets()) {
        made.add(prep.schema().name(slot));
      }
    }
    prep.aggregated(made);
    return Optional.of(new AggregateStage(group.get().keys(), group.get().slots(), calls, prep.schema()));
  }

  /** {@code top [n] f, ... [by count]}. */
  Optional<TableStage> top(Stage.Top s) {
    for (Stage.SortKey k : s.by()) {
      // "by count" names the count, unless the query has a field of that name
      if (!(k.key() instanceof Expr.FieldRef f && (f.name().equalsIgnoreCase("_count")
          || f.name().equalsIgnoreCase("count") && prep.schema().find(f.name()).isEmpty()))) {
        prep.notEvaluated("top ... by", "only `top n f by count` is evaluated", k.span());
        return Optional.empty();
      }
    }
    long n = 10;
    if (s.count().isPresent()) {
      OptionalDouble d = prep.number(s.count().get(), "top");
      if (d.isEmpty()) {
        return Optional.empty();
      }
      n = (long) d.getAsDouble();
    }
    return ranked(s.fields(), "_count", n);
  }

  Optional<TableStage> countFrequent(Stage.CountFrequent s) {
    return ranked(s.fields(), "_approxcount", 10_000);
  }

  private Optional<TableStage> ranked(List<Expr> fields, String countName, long keep) {
    Optional<Group> group = group(fields);
    if (group.isEmpty()) {
      return Optional.empty();
    }
    int countSlot = prep.schema().slot(countName);
    List<String> made = new ArrayList<>();
    for (int slot : group.get().slots()) {
      made.add(prep.schema().name(slot));
    }
    made.add(countName);
    prep.aggregated(made);
    AggregateStage.Call count = new AggregateStage.Call(new Eval.Const(Value.NULL),
        () -> new Accumulator.Count(true), new int[] {countSlot});
    AggregateStage counting = new AggregateStage(group.get().keys(), group.get().slots(), List.of(count),
        prep.schema());
    return Optional.of(new RankedCountStage(counting, row -> row.get(countSlot), keep));
  }

  private record Group(Eval[] keys, int[] slots) {}

  private Optional<Group> group(List<Expr> by) {
    Eval[] keys = new Eval[by.size()];
    int[] slots = new int[by.size()];
    for (int i = 0; i < by.size(); i++) {
      if (!(by.get(i) instanceof Expr.FieldRef f)) {
        if (!prep.isTemplate(by.get(i))) {
          prep.invalid("by", "group by a field, not an expression", by.get(i).span());
        }
        return Optional.empty();
      }
      keys[i] = exprs.eval(f);
      slots[i] = prep.schema().slot(f.name());
    }
    return Optional.of(new Group(keys, slots));
  }

  private Optional<AggregateStage.Call> call(Stage.AggregateCall c) {
    String fn = c.function().toLowerCase(Locale.ROOT);
    if (fn.equals("count") && (c.star() || c.args().isEmpty())) {
      return done(new Eval.Const(Value.NULL), () -> new Accumulator.Count(true), c, "_count");
    }
    if (c.args().isEmpty()) {
      prep.invalid(c.function(), "`" + c.function() + "` needs a field", c.span());
      return Optional.empty();
    }
    if (!(c.args().get(0) instanceof Expr.FieldRef field)) {
      if (!prep.isTemplate(c.args().get(0))) {
        prep.invalid(c.function(), "an aggregate reads a field, not an expression; compute it first with `as`",
            c.args().get(0).span());
      }
      return Optional.empty();
    }
    Eval f = exprs.eval(field);
    int extra = c.args().size() - 1;
    if (fn.equals("count_distinct") && extra > 0) {
      return distinctTuples(c);
    }
    if (extra > 0 && !fn.equals("pct")) {
      prep.invalid(c.function(), "`" + c.function() + "` takes one field", c.span());
      return Optional.empty();
    }
    return switch (fn) {
      case "count" -> done(f, () -> new Accumulator.Count(false), c, "_count");
      case "count_distinct" -> done(f, Accumulator.CountDistinct::new, c, "_count_distinct");
      case "sum" -> done(f, () -> new Accumulator.Numeric(Accumulator.Kind.SUM), c, "_sum");
      case "avg" -> done(f, () -> new Accumulator.Numeric(Accumulator.Kind.AVG), c, "_avg");
      case "min" -> done(f, () -> new Accumulator.Numeric(Accumulator.Kind.MIN), c, "_min");
      case "max" -> done(f, () -> new Accumulator.Numeric(Accumulator.Kind.MAX), c, "_max");
      case "stddev" -> done(f, () -> new Accumulator.Numeric(Accumulator.Kind.STDDEV), c, "_stddev");
      case "median" -> done(f, () -> new Accumulator.Percentiles(new double[] {50}), c, "_median");
      case "first" -> done(f, () -> new Accumulator.Edge(true), c, "_first");
      case "last" -> done(f, () -> new Accumulator.Edge(false), c, "_last");
      case "values" -> done(f, Accumulator.Values::new, c, "_values");
      case "pct" -> percentiles(f, field, c);
      default -> {
        prep.notEvaluated(c.function() + "()", c.span());
        yield Optional.empty();
      }
    };
  }

  /**
   * {@code count_distinct(a, b)}: distinct combinations of the fields' values, rows where any is
   * null skipped. The docs show one field; Sumo's own app queries use several.
   */
  private Optional<AggregateStage.Call> distinctTuples(Stage.AggregateCall c) {
    List<Eval> fields = new ArrayList<>();
    for (Expr e : c.args()) {
      if (!(e instanceof Expr.FieldRef)) {
        if (!prep.isTemplate(e)) {
          prep.invalid(c.function(), "count_distinct reads fields", e.span());
        }
        return Optional.empty();
      }
      fields.add(exprs.eval(e));
    }
    Eval tuple = row -> {
      StringBuilder key = new StringBuilder();
      for (Eval f : fields) {
        Value v = f.eval(row);
        if (v.isNull()) {
          return Value.NULL;
        }
        key.append(v.text().length()).append(':').append(v.text());
      }
      return Value.of(key.toString());
    };
    return done(tuple, Accumulator.CountDistinct::new, c, "_count_distinct");
  }

  /**
   * {@code pct(f, p, ...)}; without a percentile, as two of Sumo's own queries write it, the 50th
   * (the docs always give one; one of those queries names its result {@code pct_latency_50}).
   */
  private Optional<AggregateStage.Call> percentiles(Eval f, Expr.FieldRef field, Stage.AggregateCall c) {
    int n = c.args().size() - 1;
    if (n == 0) {
      String name = c.alias().orElse("_" + field.name() + "_pct_50");
      int target = prep.schema().slot(name);
      return Optional.of(new AggregateStage.Call(f, () -> new Accumulator.Percentiles(new double[] {50}),
          new int[] {target}));
    }
    double[] percents = new double[n];
    int[] targets = new int[n];
    for (int i = 0; i < n; i++) {
      Expr p = c.args().get(i + 1);
      OptionalDouble d = prep.number(p, "pct");
      if (d.isEmpty()) {
        return Optional.empty();
      }
      percents[i] = d.getAsDouble();
      String name = n == 1 && c.alias().isPresent() ? c.alias().get()
          : "_" + field.name() + "_pct_" + ((Expr.NumberLit) p).text();
      targets[i] = prep.schema().slot(name);
    }
    return Optional.of(new AggregateStage.Call(f, () -> new Accumulator.Percentiles(percents), targets));
  }

  private Optional<AggregateStage.Call> done(Eval f, Supplier<Accumulator> acc, Stage.AggregateCall c, String name) {
    int target = prep.schema().slot(c.alias().orElse(name));
    return Optional.of(new AggregateStage.Call(f, acc, new int[] {target}));
  }
}
