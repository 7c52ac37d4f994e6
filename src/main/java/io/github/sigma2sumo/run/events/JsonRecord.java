package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON record of a cloud service (AWS CloudTrail, Azure, Google Cloud audit, Okta system log,
 * Microsoft 365 audit), its keys in the order the service wrote them.
 *
 * <p>Sigma's rules for these services name nested keys with dots ({@code userIdentity.type},
 * {@code protoPayload.methodName}), which is also how Sumo's {@code json} operator addresses them.
 * So the Sigma view flattens nested objects into dotted names, and a flat object of Sigma field
 * names becomes a record by nesting at each dot, as the service writes it. Lists stay lists (a Sigma
 * value matches a list when it matches an item); scalars keep their JSON type.
 */
public record JsonRecord(YMap record) implements SourceEvent {

  /** A record as the service wrote it. */
  public static Outcome<JsonRecord> fromRecord(YMap record) {
    return Outcome.ok(new JsonRecord(record));
  }

  /**
   * A flat object of Sigma field names, nested at each dot: {@code {"userIdentity.type": "Root"}}
   * becomes {@code {"userIdentity": {"type": "Root"}}}. A name that is both a value and a prefix
   * of another ({@code a} and {@code a.b}) is refused: no record holds both.
   */
  public static Outcome<JsonRecord> fromSigmaFields(YMap fields) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Entry e : fields.entries().values()) {
      String[] path = e.key().split("\\.", -1);
      Map<String, Object> at = root;
      for (int i = 0; i < path.length - 1; i++) {
        Object next = at.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
        if (!(next instanceof Map)) {
          return Outcome.failed("the field " + e.key() + " nests under " + String.join(".", List.of(path).subList(0, i + 1))
              + ", which holds a value", e.keySpan());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) next;
        at = child;
      }
      String last = path[path.length - 1];
      if (at.containsKey(last)) {
        return Outcome.failed("the field " + e.key() + " is given twice or also holds nested fields", e.keySpan());
      }
      at.put(last, e.value());
    }
    return Outcome.ok(new JsonRecord(toTree(root)));
  }

  /** The record flattened into dotted Sigma field names, in key order. */
  @Override
  public YMap sigmaFields() {
    Map<String, YNode> out = new LinkedHashMap<>();
    flatten("", record, out);
    return YNodes.map(out);
  }

  private static void flatten(String prefix, YMap map, Map<String, YNode> out) {
    for (Entry e : map.entries().values()) {
      String name = prefix.isEmpty() ? e.key() : prefix + "." + e.key();
      if (e.value() instanceof YMap child && !child.entries().isEmpty()) {
        flatten(name, child, out);
      } else {
        out.put(name, e.value());
      }
    }
  }

  private static YMap toTree(Map<String, Object> map) {
    Map<String, YNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      if (e.getValue() instanceof YNode node) {
        out.put(e.getKey(), node);
      } else {
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) e.getValue();
        out.put(e.getKey(), toTree(child));
      }
    }
    return YNodes.map(out);
  }

  /** The names of the record's top-level keys, for messages. */
  List<String> keys() {
    return new ArrayList<>(record.entries().keySet());
  }
}
