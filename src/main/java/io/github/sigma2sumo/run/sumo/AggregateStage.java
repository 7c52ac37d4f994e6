package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A group-by aggregation ({@code count as n, sum(b) by host, _timeslice}; docs
 * group-aggregate-operators/index.md): one row per combination of the group-by values, holding the
 * group-by fields and then the aggregates, in the order the query names them ("In an aggregate
 * result, field and column order follows the requested order of the query", fields.md). Choices
 * where the docs are silent: groups come in the order their first row came (newest message first);
 * a null group-by value forms a group of its own; values group by kind and value (the text
 * {@code "1"} and the number 1 are two groups); an aggregation over no rows yields no rows, with or
 * without group-by fields.
 */
final class AggregateStage implements TableStage {

  /** One aggregate: the field it reads (a constant for {@code count}), its state, where its results go. */
  record Call(Eval field, Supplier<Accumulator> accumulator, int[] targets) {}

  private final Eval[] groupKeys;
  private final int[] groupSlots;
  private final List<Call> calls;
  private final FieldSchema schema;

  AggregateStage(Eval[] groupKeys, int[] groupSlots, List<Call> calls, FieldSchema schema) {
    this.groupKeys = groupKeys.clone();
    this.groupSlots = groupSlots.clone();
    this.calls = List.copyOf(calls);
    this.schema = schema;
  }

  @Override
  public List<Slots> apply(List<Slots> rows, RunContext context) {
    Map<List<Value>, Accumulator[]> groups = new LinkedHashMap<>();
    for (Slots row : rows) {
      Value[] key = new Value[groupKeys.length];
      for (int i = 0; i < key.length; i++) {
        key[i] = groupKeys[i].eval(row);
      }
      Accumulator[] accs = groups.computeIfAbsent(Arrays.asList(key), k -> {
        Accumulator[] made = new Accumulator[calls.size()];
        for (int i = 0; i < made.length; i++) {
          made[i] = calls.get(i).accumulator().get();
        }
        return made;
      });
      for (int i = 0; i < accs.length; i++) {
        accs[i].add(calls.get(i).field().eval(row));
      }
    }
    List<Slots> out = new ArrayList<>(groups.size());
    for (Map.Entry<List<Value>, Accumulator[]> g : groups.entrySet()) {
      Slots row = new Slots(schema, null, context);
      for (int i = 0; i < groupSlots.length; i++) {
        row.set(groupSlots[i], g.getKey().get(i));
      }
      for (int i = 0; i < calls.size(); i++) {
        Value[] results = g.getValue()[i].results();
        int[] targets = calls.get(i).targets();
        for (int j = 0; j < targets.length; j++) {
          row.set(targets[j], results[j]);
        }
      }
      out.add(row);
    }
    return out;
  }

  @Override
  public boolean aggregates() {
    return true;
  }
}
