package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A record of named values with no nesting: an auditd record (its {@code type} and its
 * {@code key=value} fields), or an event of a source whose fields Sumo's Field Extraction Rules
 * provide (proxy, web server, firewall, Linux). {@code raw} is the log line itself when the user
 * gave one (under the key {@code _raw}); the renderings otherwise write the line from the fields.
 */
public record FlatRecord(Optional<String> raw, YMap fields) implements SourceEvent {

  /** The key that carries the raw log line in a user's object. */
  public static final String RAW = "_raw";

  /** A flat object of Sigma field names; every value must be a scalar. */
  public static Outcome<FlatRecord> fromSigmaFields(YMap object) {
    Map<String, YNode> fields = new LinkedHashMap<>();
    Optional<String> raw = Optional.empty();
    for (Entry e : object.entries().values()) {
      if (!(e.value() instanceof YScalar s)) {
        return Outcome.failed("the field " + e.key() + " holds " + YNodes.kind(e.value())
            + "; this source's fields hold one value each", e.value().span());
      }
      if (e.key().equals(RAW)) {
        raw = Optional.of(YNodes.text(s));
      } else {
        fields.put(e.key(), s);
      }
    }
    return Outcome.ok(new FlatRecord(raw, YNodes.map(fields)));
  }

  @Override
  public YMap sigmaFields() {
    return fields;
  }

  /** The text of each field, in order. */
  public Map<String, String> texts() {
    Map<String, String> out = new LinkedHashMap<>();
    fields.entries().forEach((k, v) -> out.put(k, YNodes.text((YScalar) v.value())));
    return out;
  }
}
