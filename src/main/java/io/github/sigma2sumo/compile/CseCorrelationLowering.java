package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.emit.CsePrinter;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sigma correlations as Cloud SIEM rules (reference sigma.md §5, sumo-cloud-siem.md §5.1):
 * event_count and value_count with {@code gte}/{@code gt} become threshold rules (value_count counts
 * distinct values of its field); other comparisons, value_sum and value_avg become aggregation
 * rules with a trigger; temporal and temporal_ordered become chain rules, ordered or not, each
 * rule a link with limit 1. Unlike the log-search form, Cloud SIEM windows slide, so no bucket
 * boundary splits a burst.
 */
final class CseCorrelationLowering {
  private static final io.github.sigma2sumo.source.Span S = io.github.sigma2sumo.source.Span.SYNTHETIC;

  /** Prints an expression after checking it; throws when our own output fails the check. */
  interface Printer {
    String print(Expr expr) throws Unsupported;
  }

  private CseCorrelationLowering() {}

  static CseDetection lower(SigmaCorrelation c, List<PreparedRule> rules, Printer printer) throws Unsupported {
    if (!c.aliases().isEmpty()) {
      throw new Unsupported(c.keySpan("correlation.aliases"), "correlation aliases are not supported for Cloud SIEM: its group-by fields must "
          + "have one name in every rule; map them to one name with a pipeline");
    }
    long window = c.timespanSeconds() * 1000;
    List<Expr> matches = new ArrayList<>();
    CseLowering lowering = new CseLowering();
    for (PreparedRule r : rules) {
      matches.add(lowering.filtered(r, lowering.ruleCondition(r)));
    }
    List<String> groupBy = new ArrayList<>();
    for (String g : c.groupBy()) {
      String name = field(c, g, rules, lowering);
      if (!isSchemaField(rules, g, lowering)) {
        throw new Unsupported(c.groupBySpan(), "Cloud SIEM groups records by schema fields, and '" + g
            + "' is the raw field " + name + " here; map it to a schema field with a pipeline");
      }
      groupBy.add(name);
    }
    SigmaCorrelation.Threshold t = c.threshold();
    switch (c.type()) {
      case TEMPORAL, TEMPORAL_ORDERED -> {
        if (!t.op().equals("gte") || t.value().compareTo(BigDecimal.valueOf(rules.size())) != 0
            || t.upper().isPresent()) {
          throw new Unsupported(c.keySpan("correlation.condition"), "a Cloud SIEM chain rule needs every one of its rules; 'gte: "
              + rules.size() + "' is the only condition it expresses");
        }
        List<CseDetection.Link> links = new ArrayList<>();
        for (Expr m : matches) {
          links.add(new CseDetection.Link(printer.print(m), 1));
        }
        return new CseDetection.Chain(links, c.type() == SigmaCorrelation.Type.TEMPORAL_ORDERED, groupBy, window);
      }
      case EVENT_COUNT, VALUE_COUNT -> {
        Optional<String> countField = c.type() == SigmaCorrelation.Type.VALUE_COUNT
            ? Optional.of(field(c, single(c), rules, lowering)) : Optional.empty();
        String expression = printer.print(Lowering.or(matches));
        Optional<Long> limit = limit(t);
        // a threshold rule counts the distinct values of a schema field only; an aggregation's
        // count_distinct takes any expression, a raw field among them
        boolean thresholdCounts = countField.isEmpty() || isSchemaField(rules, single(c), lowering);
        if (limit.isPresent() && thresholdCounts) {
          return new CseDetection.Threshold(expression, limit.get(), countField, groupBy, window);
        }
        String name = countField.isPresent() ? "distinct_count" : "event_count";
        CseDetection.Function f = new CseDetection.Function(name, countField.isPresent() ? "count_distinct" : "count",
            List.of(countField.orElse("true")));
        return new CseDetection.Aggregation(expression, List.of(f), trigger(c, name), groupBy, window);
      }
      case VALUE_SUM, VALUE_AVG -> {
        String valueField = field(c, single(c), rules, lowering);
        String function = c.type() == SigmaCorrelation.Type.VALUE_SUM ? "sum" : "avg";
        String name = function + "_" + valueField.replaceAll("[^A-Za-z0-9_]", "_");
        return new CseDetection.Aggregation(printer.print(Lowering.or(matches)),
            List.of(new CseDetection.Function(name, function, List.of(valueField))), trigger(c, name), groupBy, window);
      }
      default -> throw new Unsupported(c.keySpan("correlation.type"), "Cloud SIEM aggregation rules have no " + c.type().yaml()
          + " (their functions are avg, count, count_distinct, first, last, max, min and sum)");
    }
  }

  private static String single(SigmaCorrelation c) throws Unsupported {
    if (c.fields().size() != 1) {
      throw new Unsupported(c.keySpan("correlation.condition"), "a " + c.type().yaml() + " correlation over several fields is not supported");
    }
    return c.fields().get(0);
  }

  /** A threshold rule's limit: it fires at {@code >= limit}; empty when the condition is no lower bound alone. */
  private static Optional<Long> limit(SigmaCorrelation.Threshold t) {
    if (t.upper().isPresent()) {
      return Optional.empty();
    } else if (t.op().equals("gte")) {
      return Optional.of(t.value().setScale(0, RoundingMode.CEILING).longValueExact());
    } else if (t.op().equals("gt")) {
      return Optional.of(t.value().setScale(0, RoundingMode.FLOOR).longValueExact() + 1);
    }
    return Optional.empty();
  }

  private static String trigger(SigmaCorrelation c, String name) {
    return CsePrinter.print(Lowering.thresholdTest(c.threshold(), new Expr.FieldRef(name, S)));
  }

  /**
   * Whether a Sigma field is a field of the normalized schema in the rules, not a raw one
   * ({@code fields['x']}). The Cloud SIEM documentation has group-by and count-distinct fields
   * picked from a list of record fields and is silent on raw ones, so only schema fields go there:
   * they are right under every reading.
   */
  private static boolean isSchemaField(List<PreparedRule> rules, String name, CseLowering lowering)
      throws Unsupported {
    for (PreparedRule r : rules) {
      if (!(lowering.sigmaField(r, name) instanceof Expr.FieldRef)) {
        return false;
      }
    }
    return true;
  }

  /** A field as every rule names it, printed; it must be one name in all of them. */
  private static String field(SigmaCorrelation c, String name, List<PreparedRule> rules, CseLowering lowering)
      throws Unsupported {
    String first = CsePrinter.print(lowering.sigmaField(rules.get(0), name));
    for (PreparedRule r : rules.subList(1, rules.size())) {
      if (!CsePrinter.print(lowering.sigmaField(r, name)).equals(first)) {
        throw new Unsupported(c.keySpan("correlation.group-by"), "the field '" + name + "' has different names in the rules' log sources; map "
            + "it to one name with a pipeline");
      }
    }
    return first;
  }
}
