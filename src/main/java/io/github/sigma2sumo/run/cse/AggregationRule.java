package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An aggregation rule (docs: docs/cse/rules/write-aggregation-rule.md): the records that match
 * {@code matchExpression} are grouped, each named aggregation is computed over a group's records in
 * the window ({@link AggregateFunction}), and the rule fires when {@code triggerExpression}, which
 * reads the aggregations by name, is true. The trigger is checked as each matching record arrives;
 * the signal's records are the group's records in the window, and the signal shows the
 * aggregations' values.
 */
record AggregationRule(CseExpression match, List<Aggregation> aggregations, CseExpression trigger, long windowMillis,
    Grouping grouping) implements RuleLogic {

  static final String MATCH = "matchExpression";
  static final String TRIGGER = "triggerExpression";

  /** One entry of {@code aggregationFunctions}. */
  record Aggregation(String name, AggregateFunction function, CseExpression argument, String key) {}

  @Override
  public String type() {
    return "aggregation";
  }

  @Override
  public Map<String, CseExpression> expressions() {
    return Map.of(MATCH, match);
  }

  @Override
  public void run(RuleRun run) {
    Map<Grouping.Key, TimeWindow<Object[]>> windows = new HashMap<>();
    int n = aggregations.size();
    records:
    for (int index : run.order) {
      if (!run.matches(match, MATCH, index)) {
        continue;
      }
      Object[] arguments = new Object[n];
      for (int i = 0; i < n; i++) {
        Optional<RuleRun.Holder> v = run.value(aggregations.get(i).argument(), aggregations.get(i).key(), index);
        if (v.isEmpty()) {
          continue records;
        }
        arguments[i] = v.get().value();
      }
      long time = run.time(index);
      for (Grouping.Group group : grouping.groups(run, index)) {
        TimeWindow<Object[]> window = windows.computeIfAbsent(group.key(), k -> new TimeWindow<>(windowMillis));
        window.add(index, time, arguments);
        List<TimeWindow.Entry<Object[]>> entries = window.entries();
        Map<String, Entry> results = new LinkedHashMap<>();
        List<Signal.Field> shown = new ArrayList<>(n);
        try {
          for (int i = 0; i < n; i++) {
            List<@Nullable Object> values = new ArrayList<>(entries.size());
            for (TimeWindow.Entry<Object[]> e : entries) {
              values.add(e.payload()[i]);
            }
            Aggregation a = aggregations.get(i);
            Object result = a.function().apply(values, Span.SYNTHETIC);
            results.put(a.name(), new Entry(a.name(), Span.SYNTHETIC, node(result)));
            shown.add(new Signal.Field(a.name(), Coercions.show(result)));
          }
        } catch (EvaluationError e) {
          run.fail(index, "aggregationFunctions", e.problem());
          continue;
        }
        Outcome fired = trigger.test(new YMap(results, Span.SYNTHETIC));
        if (fired instanceof Outcome.Failure f) {
          run.fail(index, TRIGGER, f.problem());
        } else if (fired.isMatch()) {
          run.signal(new Signal(TimeWindow.indexes(entries), TimeWindow.first(entries), TimeWindow.last(entries),
              group.entities(), group.groupBy(), shown));
          window.clear();
        }
      }
    }
  }

  /** A value as a node of the map the trigger reads. */
  private static YNode node(@Nullable Object value) {
    if (value instanceof YMap map) {
      return map;
    }
    if (value instanceof List<?> list) {
      List<YNode> items = new ArrayList<>(list.size());
      list.forEach(item -> items.add(node(item)));
      return new YList(items, Span.SYNTHETIC);
    }
    return new YScalar(value, value instanceof String, Span.SYNTHETIC);
  }
}
