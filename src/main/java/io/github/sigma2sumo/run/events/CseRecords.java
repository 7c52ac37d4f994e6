package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The normalized record Cloud SIEM builds from an event: the view a compiled Cloud SIEM rule is
 * evaluated on by {@code sigma2sumo test}.
 *
 * <p>For a Windows event: {@code metadata_vendor} {@code Microsoft}, {@code metadata_product}
 * {@code Windows}, {@code metadata_deviceEventId} {@code <Channel>-<EventID>} (the form every
 * Windows mapping's "Event ID Regex Pattern" matches), {@code metadata_mapperName} the mapping's
 * name, the schema fields the mapping fills, and {@code fields}, the raw record's keys and values
 * (Cloud SIEM's {@code fields} is "a general purpose container for all un-mapped data", a
 * {@code map[string]string}; rules read it as {@code fields['EventData.Image']}). The mappings are
 * data ({@code cse-windows.yml}), each with its catalog file; which one applies is the first whose
 * pattern matches the whole device event id, else, for a Security event, "Windows - Security -
 * Default".
 *
 * <p>Choices the catalog leaves open: the raw keys are the Windows log format's as the mappings
 * name them (System values by their XML paths, {@code EventData.<Name>},
 * {@code UserData.<Element>.<Field>}, {@code MD5}/{@code SHA1}/{@code SHA256}/{@code IMPHASH}
 * from {@code EventData.Hashes}), System integers as decimal text; lookup, split and timestamp
 * fields, whose tables the catalog does not publish, are not produced; a schema field typed
 * {@code int} holds a number when the raw value is a decimal integer and the raw text otherwise,
 * a {@code boolean} one a Boolean. Unnamed {@code <Data>} values are not in {@code fields}: the
 * catalog names no key for them.
 *
 * <p>Invariant: never throws; an event no mapping takes is a {@link Outcome.Failed} saying so,
 * since Cloud SIEM builds no record for it. Only Windows events are normalized here; the other
 * sources' events are refused with a message (see the report of what is left).
 */
public final class CseRecords {

  private static final CseMapping.Table WINDOWS = CseMapping.load("cse-windows.yml");

  private CseRecords() {}

  /** The Cloud SIEM record of {@code event}, or why Cloud SIEM would build none. */
  public static Outcome<YMap> normalize(SourceEvent event) {
    return normalize(event, "");
  }

  /**
   * The Cloud SIEM record of {@code event} of a rule whose log source has {@code category}: a
   * Windows event by its channel and id, a web proxy event ({@code proxy}) as Cloud SIEM's ProxySG
   * mapping builds it ({@link ProxySgRecords}); or why Cloud SIEM would build none here.
   */
  public static Outcome<YMap> normalize(SourceEvent event, String category) {
    if (event instanceof WindowsEvent windows) {
      return normalizeWindows(windows);
    }
    if (event instanceof FlatRecord flat && category.equals("proxy")) {
      return ProxySgRecords.normalize(flat);
    }
    return Outcome.failed("Cloud SIEM records are built here for Windows and web proxy events only, not for a "
        + event.getClass().getSimpleName() + (category.isEmpty() ? "" : " of category " + category));
  }

  /** The Windows mappings, in the order they are tried. */
  public static List<String> windowsMappingNames() {
    return WINDOWS.mappings().stream().map(CseMapping::name).toList();
  }

  private static Outcome<YMap> normalizeWindows(WindowsEvent event) {
    Optional<String> deviceEventId = event.deviceEventId();
    if (deviceEventId.isEmpty()) {
      return Outcome.failed("a Windows event needs Channel and EventID for Cloud SIEM to map it");
    }
    String id = deviceEventId.get();
    Optional<CseMapping> mapping = WINDOWS.mappings().stream().filter(m -> m.takes(id)).findFirst();
    if (mapping.isEmpty() && event.system().channel().orElse("").equals("Security")) {
      mapping = WINDOWS.mappings().stream().filter(CseMapping::isDefault).findFirst();
    }
    if (mapping.isEmpty()) {
      return Outcome.failed("Cloud SIEM's catalog has no mapping for " + id + ", so it builds no record for the event");
    }
    Map<String, String> raw = WindowsRecordKeys.of(event);
    Map<String, YNode> record = new LinkedHashMap<>();
    record.put("metadata_vendor", YNodes.string("Microsoft"));
    record.put("metadata_product", YNodes.string("Windows"));
    record.put("metadata_deviceEventId", YNodes.string(id));
    record.put("metadata_mapperName", YNodes.string(mapping.get().name()));
    for (CseMapping.FieldRule rule : mapping.get().fields()) {
      if (rule instanceof CseMapping.FromKey k && raw.containsKey(k.key())) {
        record.put(k.field(), typed(k.field(), raw.get(k.key())));
      } else if (rule instanceof CseMapping.Static s) {
        record.put(s.field(), typed(s.field(), s.value()));
      }
    }
    Map<String, YNode> fields = new LinkedHashMap<>();
    raw.forEach((k, v) -> fields.put(k, YNodes.string(v)));
    record.put("fields", YNodes.map(fields));
    return Outcome.ok(YNodes.map(record));
  }

  private static YNode typed(String field, String value) {
    String type = WINDOWS.types().getOrDefault(field, "string");
    if (type.equals("int") && value.matches("-?\\d{1,18}")) {
      return YNodes.scalar(new BigDecimal(value));
    }
    if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
      return YNodes.scalar(Boolean.valueOf(value));
    }
    return YNodes.string(value);
  }
}
