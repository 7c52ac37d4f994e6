package io.github.sigma2sumo.run.cse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A threshold rule: fires when its expression matches at least {@code limit} records of one group
 * within the window, or, with {@code countDistinct}, records with at least {@code limit} distinct
 * values of {@code countField} (docs: docs/cse/rules/write-threshold-rule.md, "matches at least n
 * Record", "Count only distinct values for a field"). A matching record whose count field is null
 * is not counted for distinct values (it has none); distinct values compare as {@code =} does
 * ({@code 1} and {@code 1.0} are one value, {@code 'A'} and {@code 'a'} two). The signal's records
 * are all the counted records in the window.
 */
record ThresholdRule(CseExpression expression, long limit, long windowMillis, Optional<CseExpression> countField,
    Grouping grouping) implements RuleLogic {

  static final String COUNT_FIELD = "countField";

  @Override
  public String type() {
    return "threshold";
  }

  @Override
  public Map<String, CseExpression> expressions() {
    return Map.of(MatchRule.KEY, expression);
  }

  /** A group's window and how many of its records hold each distinct value. */
  private record State(TimeWindow<TimeWindow.Value> window, Map<Object, Integer> distinct) {}

  @Override
  public void run(RuleRun run) {
    Map<Grouping.Key, State> states = new HashMap<>();
    for (int index : run.order) {
      if (!run.matches(expression, MatchRule.KEY, index)) {
        continue;
      }
      Object distinct = null;
      if (countField.isPresent()) {
        Optional<RuleRun.Holder> v = run.value(countField.get(), COUNT_FIELD, index);
        if (v.isEmpty() || v.get().value() == null) {
          continue;
        }
        distinct = Coercions.groupKey(v.get().value());
      }
      long time = run.time(index);
      for (Grouping.Group group : grouping.groups(run, index)) {
        State state = states.computeIfAbsent(group.key(),
            k -> new State(new TimeWindow<>(windowMillis), new HashMap<>()));
        TimeWindow.Value payload = new TimeWindow.Value(distinct);
        for (TimeWindow.Entry<TimeWindow.Value> gone : state.window().add(index, time, payload)) {
          if (gone.payload().value() != null) {
            state.distinct().computeIfPresent(gone.payload().value(), (k, n) -> n == 1 ? null : n - 1);
          }
        }
        if (distinct != null) {
          state.distinct().merge(distinct, 1, Integer::sum);
        }
        long count = countField.isPresent() ? state.distinct().size() : state.window().size();
        if (count >= limit) {
          var entries = state.window().entries();
          run.signal(new Signal(TimeWindow.indexes(entries), TimeWindow.first(entries), TimeWindow.last(entries),
              group.entities(), group.groupBy(), List.of()));
          state.window().clear();
          state.distinct().clear();
        }
      }
    }
  }
}
