package io.github.sigma2sumo.run.cse;

import java.util.List;
import java.util.Map;

/**
 * A match rule (endpoint {@code sec/v1/rules/templated}): one signal per record the expression
 * matches, naming the entities the record has a value for (docs: docs/cse/rules/about-cse-rules.md,
 * match rules are stateless and look at one record; docs/cse/rules/write-match-rule.md, the rule
 * "will fire a Signal on each of the Entity fields you select"). A matching record with no value
 * for any of the rule's entity selectors makes no signal, since a signal is always on an entity; it
 * is still among the matches. A rule without entity selectors signals on every match.
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
        List<Signal.Field> entities = grouping.entities(run, index);
        if (entities.isEmpty() && grouping.hasSelectors()) {
          continue;
        }
        long t = run.time(index);
        run.signal(new Signal(List.of(index), t, t, entities, List.of(), List.of()));
      }
    }
  }
}
