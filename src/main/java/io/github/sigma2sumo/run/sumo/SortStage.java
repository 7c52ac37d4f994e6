package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code sort [by] k [asc|desc], ...} (alias {@code order}): rows by their keys, descending unless
 * {@code asc} ("the default sort order is descending", docs search-operators/sort.md), values
 * ordered by {@link ValueOrder}; rows with equal keys keep their order.
 */
final class SortStage implements TableStage {
  private final Eval[] keys;
  private final boolean[] descending;

  SortStage(Eval[] keys, boolean[] descending) {
    this.keys = keys.clone();
    this.descending = descending.clone();
  }

  @Override
  public List<Slots> apply(List<Slots> rows, RunContext context) {
    record Keyed(Slots row, Value[] keys) {}
    List<Keyed> keyed = new ArrayList<>(rows.size());
    for (Slots row : rows) {
      Value[] k = new Value[keys.length];
      for (int i = 0; i < keys.length; i++) {
        k[i] = keys[i].eval(row);
      }
      keyed.add(new Keyed(row, k));
    }
    keyed.sort((a, b) -> {
      for (int i = 0; i < keys.length; i++) {
        int c = ValueOrder.compare(a.keys()[i], b.keys()[i], descending[i]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    return keyed.stream().map(Keyed::row).toList();
  }

  @Override
  public boolean aggregates() {
    return false;
  }
}
