package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The fields a prepared query names, each given a slot number when the query is prepared so that
 * rows are arrays, not maps. Names are compared case-insensitively ({@link FieldNames}); a slot
 * keeps the spelling under which the query first named it, which output rows show for fields a
 * stage creates.
 */
final class FieldSchema {
  private final Map<String, Integer> slots = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> lowerNames = new ArrayList<>();

  /** The slot of {@code name}, made on first use. */
  int slot(String name) {
    String lower = FieldNames.lower(name);
    Integer known = slots.get(lower);
    if (known != null) {
      return known;
    }
    int slot = names.size();
    slots.put(lower, slot);
    names.add(name);
    lowerNames.add(lower);
    return slot;
  }

  OptionalInt find(String name) {
    Integer known = slots.get(FieldNames.lower(name));
    return known == null ? OptionalInt.empty() : OptionalInt.of(known);
  }

  int size() {
    return names.size();
  }

  String name(int slot) {
    return names.get(slot);
  }

  String lowerName(int slot) {
    return lowerNames.get(slot);
  }
}
