package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code fields a, b} keeps only those fields and the internal ones (names starting with an
 * underscore), showing the listed ones first in the listed order; {@code fields - a, b} removes
 * those, internal ones included (docs search-operators/fields.md). A removed field reads as null
 * in later stages. It never drops a row.
 */
final class FieldsStage implements RowStage {
  private final boolean remove;
  private final List<String> names;
  private final int[] slots;

  FieldsStage(boolean remove, List<String> names, int[] slots) {
    this.remove = remove;
    this.names = List.copyOf(names);
    this.slots = slots.clone();
  }

  @Override
  public boolean apply(Slots row) {
    if (remove) {
      for (int i = 0; i < slots.length; i++) {
        row.remove(slots[i]);
        row.removeExtra(names.get(i));
        row.hide(names.get(i));
      }
      return true;
    }
    Set<String> keep = new java.util.HashSet<>();
    names.forEach(n -> keep.add(FieldNames.lower(n)));
    for (int slot : row.createdOrder()) {
      String name = row.schema().lowerName(slot);
      if (!keep.contains(name) && !FieldNames.isInternal(name)) {
        row.remove(slot);
      }
    }
    for (String name : new ArrayList<>(row.extra().keySet())) {
      if (!keep.contains(FieldNames.lower(name)) && !FieldNames.isInternal(name)) {
        row.removeExtra(name);
      }
    }
    row.keepOnly(keep, names);
    return true;
  }

  @Override
  public String dropReason() {
    return "fields drops no row";
  }
}
