package io.github.sigma2sumo.compile;

import java.util.List;

/**
 * The text {@code compile --target cse} shows for a rule: a match rule's expression as it is; for
 * a threshold, chain or aggregation rule each expression after a {@code /* ... *}{@code /} comment
 * that states the rest of the rule. Every expression with its comment is valid CSE text; {@code pack}
 * writes the full rule.
 */
final class CseRuleText {
  private CseRuleText() {}

  static String describe(CseDetection detection) {
    if (detection instanceof CseDetection.Match m) {
      return m.expression();
    } else if (detection instanceof CseDetection.Threshold t) {
      return comment("threshold rule: at least " + t.limit() + t.countField().map(f -> " distinct values of " + f)
          .orElse(" records") + grouped(t.groupBy()) + " within " + Durations.text(t.windowMillis() / 1000)) + t.expression();
    } else if (detection instanceof CseDetection.Aggregation a) {
      StringBuilder what = new StringBuilder("aggregation rule:");
      a.functions().forEach(f -> what.append(' ').append(f.name()).append(" = ").append(f.function()).append('(')
          .append(String.join(", ", f.arguments())).append(')'));
      return comment(what + grouped(a.groupBy()) + " within " + Durations.text(a.windowMillis() / 1000) + ", fires when "
          + a.trigger()) + a.matchExpression();
    }
    return String.join("\n\n", parts(detection));
  }

  /** The text in parts that each hold one expression: a chain rule's links, else the one text. */
  static List<String> parts(CseDetection detection) {
    if (!(detection instanceof CseDetection.Chain c)) {
      return List.of(describe(detection));
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < c.links().size(); i++) {
      out.add(comment((c.ordered() ? "ordered " : "") + "chain rule, link " + (i + 1) + " of " + c.links().size()
          + ": at least " + c.links().get(i).limit() + grouped(c.groupBy()) + " within "
          + Durations.text(c.windowMillis() / 1000)) + c.links().get(i).expression());
    }
    return out;
  }

  private static String grouped(List<String> groupBy) {
    return groupBy.isEmpty() ? "" : ", grouped by " + String.join(", ", groupBy);
  }

  private static String comment(String text) {
    return "/* " + text.replace("*/", "* /") + " */\n";
  }
}
