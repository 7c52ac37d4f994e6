package io.github.sigma2sumo.run.sumo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One result row: field names and values in the order Sumo shows them. A message row holds the
 * message's own fields ({@code _messagetime}, {@code _receipttime}, {@code _raw}, its metadata) and
 * the fields the stages created; an aggregate row the group-by fields and the aggregates.
 */
public record Row(Map<String, Value> fields) {

  public Row {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The value of a field, its name compared case-insensitively. */
  public Optional<Value> get(String name) {
    Value exact = fields.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Map.Entry<String, Value> e : fields.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The row's values as Sumo shows them: text, null as the empty string. */
  public Map<String, String> texts() {
    Map<String, String> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, v.text()));
    return out;
  }
}
