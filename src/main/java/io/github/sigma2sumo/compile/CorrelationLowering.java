package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lowers a correlation rule to one aggregation query over the events of the rules it references
 * (reference sigma.md §5.2): the union of their scopes, their extractions, a filter for events
 * matching any of them, then per {@code timeslice} bucket and group-by fields:
 * event_count {@code count}, value_count {@code count_distinct}, value_sum {@code sum}, value_avg
 * {@code avg}, value_percentile/value_median {@code pct}, temporal the number of rules matched,
 * temporal_ordered that number and, for each rule and the next, the first event of the one before the
 * last of the other; then a {@code where} on the
 * threshold. An alias becomes a field that takes, per event, the field of the rule the event
 * matches. Buckets are fixed, not sliding: a burst that straddles a bucket boundary is split,
 * which the compiler reports as a warning.
 */
final class CorrelationLowering {
  private static final Span S = Span.SYNTHETIC;
  /** A time after every real event, for rules that did not match in a bucket (year 5138). */
  private static final String NEVER = "99999999999999";

  private CorrelationLowering() {}

  static Query lower(SigmaCorrelation c, List<PreparedRule> rules, List<ScopeExpr> scopes) throws Unsupported {
    SumoLowering lowering = new SumoLowering();
    List<Expr> matches = new ArrayList<>();
    for (PreparedRule r : rules) {
      matches.add(lowering.ruleCondition(r));
    }
    List<Stage> aliasStages = new ArrayList<>();
    List<Expr> groupBy = new ArrayList<>();
    groupBy.add(new Expr.FieldRef("_timeslice", S));
    for (String g : c.groupBy()) {
      groupBy.add(field(c, g, rules, matches, lowering, aliasStages));
    }
    Optional<Expr> valueField = Optional.empty();
    if (c.type().needsField()) {
      if (c.fields().size() != 1) {
        throw new Unsupported(c.keySpan("correlation.condition"), "a " + c.type().yaml() + " correlation over several fields is not supported");
      }
      valueField = Optional.of(field(c, c.fields().get(0), rules, matches, lowering, aliasStages));
    }
    List<Stage> stages = new ArrayList<>(lowering.extraction());
    boolean temporal = c.type() == SigmaCorrelation.Type.TEMPORAL || c.type() == SigmaCorrelation.Type.TEMPORAL_ORDERED;
    if (temporal) {
      for (int i = 0; i < rules.size(); i++) {
        stages.add(new Stage.Assign(call("if", matches.get(i), number("1"), number("0")), Optional.of(flag(i)), S));
        if (c.type() == SigmaCorrelation.Type.TEMPORAL_ORDERED) {
          // one time per message for the earliest of rule i (a later time where it did not match)
          // and one for its latest (an earlier time where it did not match)
          if (i < rules.size() - 1) {
            stages.add(new Stage.Assign(call("if", matches.get(i), new Expr.FieldRef("_messagetime", S),
                number(NEVER)), Optional.of(time(i)), S));
          }
          if (i > 0) {
            stages.add(new Stage.Assign(call("if", matches.get(i), new Expr.FieldRef("_messagetime", S), number("0")),
                Optional.of(lastTime(i)), S));
          }
        }
      }
      List<Expr> any = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        any.add(new Expr.Binary(BinaryOp.EQ, new Expr.FieldRef(flag(i), S), number("1"), S));
      }
      stages.add(new Stage.Where(any.size() == 1 ? any.get(0) : new Expr.Or(any, S), S));
    } else {
      stages.add(new Stage.Where(matches.size() == 1 ? matches.get(0) : new Expr.Or(matches, S), S));
    }
    stages.addAll(aliasStages);
    stages.add(new Stage.Timeslice(new Expr.NumberLit(Durations.text(c.timespanSeconds()), S), false, Optional.empty(), S));
    List<Stage.AggregateCall> calls = new ArrayList<>();
    String result;
    switch (c.type()) {
      case EVENT_COUNT -> {
        result = "event_count";
        calls.add(new Stage.AggregateCall("count", List.of(), false, false, Optional.of(result), S));
      }
      case VALUE_COUNT -> {
        result = "value_count";
        calls.add(new Stage.AggregateCall("count_distinct", List.of(valueField.get()), true, false,
            Optional.of(result), S));
      }
      case VALUE_SUM -> {
        result = "value_sum";
        calls.add(new Stage.AggregateCall("sum", List.of(valueField.get()), true, false, Optional.of(result), S));
      }
      case VALUE_AVG -> {
        result = "value_avg";
        calls.add(new Stage.AggregateCall("avg", List.of(valueField.get()), true, false, Optional.of(result), S));
      }
      case VALUE_PERCENTILE, VALUE_MEDIAN -> {
        result = c.type() == SigmaCorrelation.Type.VALUE_MEDIAN ? "value_median" : "value_percentile";
        BigDecimal p = c.type() == SigmaCorrelation.Type.VALUE_MEDIAN ? BigDecimal.valueOf(50)
            : c.threshold().percentile().orElseThrow(() -> new Unsupported(c.keySpan("correlation.condition"),
                "a value_percentile correlation needs 'percentile' in its condition"));
        calls.add(new Stage.AggregateCall("pct", List.of(valueField.get(), Lowering.number(p)), true, false,
            Optional.of(result), S));
      }
      default -> {
        result = "rule_count";
        for (int i = 0; i < rules.size(); i++) {
          calls.add(new Stage.AggregateCall("max", List.of(new Expr.FieldRef(flag(i), S)), true, false,
              Optional.of(flag(i)), S));
          if (c.type() == SigmaCorrelation.Type.TEMPORAL_ORDERED && i < rules.size() - 1) {
            calls.add(new Stage.AggregateCall("min", List.of(new Expr.FieldRef(time(i), S)), true, false,
                Optional.of(time(i)), S));
          }
          if (c.type() == SigmaCorrelation.Type.TEMPORAL_ORDERED && i > 0) {
            calls.add(new Stage.AggregateCall("max", List.of(new Expr.FieldRef(lastTime(i), S)), true, false,
                Optional.of(lastTime(i)), S));
          }
        }
      }
    }
    stages.add(new Stage.Aggregate(calls, groupBy, S));
    Expr threshold;
    if (temporal) {
      Expr sum = new Expr.FieldRef(flag(0), S);
      for (int i = 1; i < rules.size(); i++) {
        sum = new Expr.Binary(BinaryOp.ADD, sum, new Expr.FieldRef(flag(i), S), S);
      }
      stages.add(new Stage.Assign(sum, Optional.of(result), S));
      List<Expr> tests = new ArrayList<>();
      tests.add(compare(c.threshold(), result));
      if (c.type() == SigmaCorrelation.Type.TEMPORAL_ORDERED) {
        // rule i's earliest event before rule i+1's latest: for two rules, exactly "an event of the
        // first, then one of the second" (B at 1, A at 5, B at 10 fires); for more, each pair in
        // order, which the compiler reports as wider than Sigma's one sequence
        for (int i = 1; i < rules.size(); i++) {
          tests.add(new Expr.Binary(BinaryOp.LE, new Expr.FieldRef(time(i - 1), S), new Expr.FieldRef(lastTime(i), S),
              S));
        }
      }
      threshold = tests.size() == 1 ? tests.get(0) : new Expr.And(tests, S);
    } else {
      threshold = compare(c.threshold(), result);
    }
    stages.add(new Stage.Where(threshold, S));
    Set<ScopeExpr> distinct = new LinkedHashSet<>(scopes);
    ScopeExpr scope = distinct.size() == 1 ? distinct.iterator().next() : new ScopeExpr.Or(List.copyOf(distinct), S);
    return new Query(Optional.of(scope), stages, "", S);
  }

  /**
   * A group-by or value field of the correlation. A plain name must map to one Sumo field in every
   * rule. An alias ({@code aliases: {user: {rule_a: TargetUserName, rule_b: SubjectUserName}}}) is a
   * new field that takes, per event, the field of the rule the event matches (§5.1).
   */
  private static Expr field(SigmaCorrelation c, String name, List<PreparedRule> rules, List<Expr> matches,
      SumoLowering lowering, List<Stage> aliasStages) throws Unsupported {
    Map<String, String> perRule = c.aliases().get(name);
    if (perRule == null) {
      Expr first = lowering.sigmaField(rules.get(0), name);
      for (PreparedRule r : rules.subList(1, rules.size())) {
        if (!lowering.sigmaField(r, name).equals(first)) {
          throw new Unsupported(c.keySpan("correlation.group-by"), "the field '" + name + "' has different names in the rules' log sources; "
              + "give it an alias in the correlation or map it to one name with a pipeline");
        }
      }
      return first;
    }
    Expr value = new Expr.StringLit("", S);
    for (int i = rules.size() - 1; i >= 0; i--) {
      PreparedRule r = rules.get(i);
      String field = r.rule().name().map(perRule::get).orElse(null);
      if (field == null) {
        field = r.rule().id().map(perRule::get).orElse(null);
      }
      if (field == null) {
        throw new Unsupported(c.keySpan("correlation.aliases"), "the alias '" + name + "' gives no field for the rule '" + r.rule().handle() + "'");
      }
      value = call("if", matches.get(i), lowering.sigmaField(r, field), value);
    }
    String alias = name.replaceAll("[^A-Za-z0-9_]", "_");
    aliasStages.add(new Stage.Assign(value, Optional.of(alias), S));
    return new Expr.FieldRef(alias, S);
  }

  private static Expr compare(SigmaCorrelation.Threshold t, String field) {
    return Lowering.thresholdTest(t, new Expr.FieldRef(field, S));
  }

  private static String flag(int i) {
    return "sigma_rule_" + (i + 1);
  }

  private static String time(int i) {
    return "sigma_first_" + (i + 1);
  }

  private static String lastTime(int i) {
    return "sigma_last_" + (i + 1);
  }

  private static Expr call(String name, Expr... args) {
    return new Expr.Call(name, List.of(args), S);
  }

  private static Expr number(String text) {
    return new Expr.NumberLit(text, S);
  }
}
