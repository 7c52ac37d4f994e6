package io.github.sigma2sumo.run.sumo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code json auto [field=f] [maxdepth n] [extractarrays] [keys "k", ... [refonly] [as a, ...]]}
 * (docs parse-operators/parse-json-formatted-logs.md, "JSON auto option"): every key of the JSON
 * the input holds becomes a field, nested keys joined by dots ({@code foo.bar}) and array elements
 * by index ({@code foo[0].k1}). Flat arrays (of scalars only) stay one field holding their JSON
 * text unless {@code extractarrays}; at {@code maxdepth} a value stays one field with its JSON
 * text. Spaces in names become underscores; at most 100 fields are made, in document order;
 * fields made earlier are overwritten. Messages without JSON are kept, unchanged. With
 * {@code keys}, those keys (compared case-insensitively) are named as {@code as} says;
 * {@code refonly} makes only them.
 */
final class JsonAutoStep implements RowStage {
  static final int MAX_FIELDS = 100;

  private final @Nullable Eval field;
  private final int rawSlot;
  private final int maxDepth;
  private final boolean extractArrays;
  private final List<String> keys;
  private final List<String> names;
  private final boolean refOnly;

  JsonAutoStep(@Nullable Eval field, int rawSlot, int maxDepth, boolean extractArrays, List<String> keys,
      List<String> names, boolean refOnly) {
    this.field = field;
    this.rawSlot = rawSlot;
    this.maxDepth = maxDepth;
    this.extractArrays = extractArrays;
    this.keys = List.copyOf(keys);
    this.names = List.copyOf(names);
    this.refOnly = refOnly;
  }

  @Override
  public boolean apply(Slots row) {
    Optional<JsonValue> doc;
    Optional<MessageMemo> shared = field == null ? row.untouchedRaw(rawSlot) : Optional.empty();
    if (shared.isPresent()) {
      doc = JsonExtraction.document(shared.get());
    } else {
      Value input = field == null ? row.get(rawSlot) : field.eval(row);
      doc = input.isNull() ? Optional.empty() : JsonValue.find(input.text());
    }
    if (doc.isEmpty()) {
      return true;
    }
    Map<String, Value> flat = new LinkedHashMap<>();
    flatten("", doc.get(), 1, flat);
    Map<String, Value> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      for (Map.Entry<String, Value> e : flat.entrySet()) {
        if (e.getKey().equalsIgnoreCase(key)) {
          out.put(i < names.size() ? names.get(i) : e.getKey(), e.getValue());
          break;
        }
      }
    }
    if (!refOnly) {
      for (Map.Entry<String, Value> e : flat.entrySet()) {
        if (out.size() >= MAX_FIELDS) {
          break;
        }
        out.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    out.forEach(row::setByName);
    return true;
  }

  private void flatten(String prefix, JsonValue v, int depth, Map<String, Value> out) {
    if (out.size() >= 4 * MAX_FIELDS) {
      return;
    }
    boolean atDepth = maxDepth > 0 && depth > maxDepth;
    if (!prefix.isEmpty() && (atDepth || !(v instanceof JsonValue.Obj || v instanceof JsonValue.Arr))) {
      out.put(prefix, v.toValue());
      return;
    }
    if (v instanceof JsonValue.Obj o) {
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        String name = e.getKey().replace(' ', '_');
        flatten(prefix.isEmpty() ? name : prefix + "." + name, e.getValue(), depth + 1, out);
      }
    } else if (v instanceof JsonValue.Arr a) {
      boolean flatArray = a.elements().stream().noneMatch(x -> x instanceof JsonValue.Obj || x instanceof JsonValue.Arr);
      if (flatArray && !extractArrays && !prefix.isEmpty()) {
        out.put(prefix, v.toValue());
        return;
      }
      for (int i = 0; i < a.elements().size(); i++) {
        flatten(prefix + "[" + i + "]", a.elements().get(i), depth + 1, out);
      }
    }
  }

  @Override
  public String dropReason() {
    return "json auto drops no message";
  }

  @Override
  public boolean isParse() {
    return true;
  }
}
