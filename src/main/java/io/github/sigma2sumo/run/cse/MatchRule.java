package io.github.sigma2sumo.run.cse;

import java.util.List;
import java.util.Map;

/**
 * A match rule (endpoint {@code sec/v1/rules/templated}): one signal per record the expression
 * matches, naming the entities the record has a value for (docs: about-cse-rules.md, match rules
 * are stateless and look at one record).
 */
record MatchRule(CseExpression expression, Grouping grouping) implements RuleLogic {

  static final String KEY = "expression";

  @Override
  public String type() {
    return "match";
  }

  @Override
  public Map<String, CseExpression> expressions() {
    return Map.of(KEY, expression);
  }

  @Override
  public void run(RuleRun run) {
    for (int index : run.order) {
      if (run.matches(expression, KEY, index)) {
        long t = run.time(index);
        run.signal(new Signal(List.of(index), t, t, grouping.entities(run, index), List.of(), List.of()));
      }
    }
  }
}
