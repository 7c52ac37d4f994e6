package io.github.sigma2sumo.run.events;

import com.google.re2j.Pattern;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Cloud SIEM mapping, as SumoLogic/cloud-siem-content-catalog documents it: which records it
 * takes (a pattern matched against the whole {@code metadata_deviceEventId}, or the channel's
 * default), and how it fills each schema field. Loaded from {@code cse-windows.yml}, which cites
 * the catalog file of every mapping.
 */
record CseMapping(String name, String source, String deviceEventId, Optional<Pattern> pattern, String recordType,
    List<FieldRule> fields) {

  /** How one schema field is filled. */
  sealed interface FieldRule permits FromKey, Static, NotProduced {
    String field();
  }

  /** The raw record's value under {@code key}, if the record has it. */
  record FromKey(String field, String key) implements FieldRule {}

  /** A static text. */
  record Static(String field, String value) implements FieldRule {}

  /** A field the catalog fills by a means it does not publish ({@code how}: lookup, time, split). */
  record NotProduced(String field, String how, String key) implements FieldRule {}

  static final String DEFAULT = "_default_";

  boolean isDefault() {
    return deviceEventId.equals(DEFAULT);
  }

  boolean takes(String deviceEventId) {
    return pattern.map(p -> p.matches(deviceEventId)).orElse(false);
  }

  /** The mappings and the schema's non-string field types of one resource. */
  record Table(List<CseMapping> mappings, Map<String, String> types) {}

  static Table load(String resource) {
    YMap root = (YMap) YNodes.resource(resource);
    Map<String, String> types = new LinkedHashMap<>();
    YNodes.mapAt(root, "types").ifPresent(t -> t.entries().values()
        .forEach(e -> types.put(e.key(), ((YScalar) e.value()).text())));
    List<CseMapping> mappings = new ArrayList<>();
    for (YNode node : ((YList) root.get("mappings").orElseThrow()).items()) {
      YMap m = (YMap) node;
      String id = text(m, "deviceEventId");
      List<FieldRule> rules = new ArrayList<>();
      for (Entry f : ((YMap) m.get("fields").orElseThrow()).entries().values()) {
        rules.add(rule(f));
      }
      mappings.add(new CseMapping(text(m, "name"), text(m, "source"), id,
          id.equals(DEFAULT) ? Optional.empty() : Optional.of(Pattern.compile(id)), text(m, "recordType"),
          List.copyOf(rules)));
    }
    return new Table(List.copyOf(mappings), Map.copyOf(types));
  }

  private static FieldRule rule(Entry f) {
    if (f.value() instanceof YScalar s) {
      return new FromKey(f.key(), s.text());
    }
    Entry how = ((YMap) f.value()).entries().values().iterator().next();
    String arg = ((YScalar) how.value()).text();
    return how.key().equals("value") ? new Static(f.key(), arg) : new NotProduced(f.key(), how.key(), arg);
  }

  private static String text(YMap m, String key) {
    return ((YScalar) m.get(key).orElseThrow()).text();
  }
}
