package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code windows-otel-json}: the event as Sumo's OpenTelemetry collector sends it, the body its
 * {@code windowseventlog} receiver builds (open-telemetry/opentelemetry-collector-contrib,
 * pkg/stanza/operator/input/windows/xml.go, {@code parseBody}) written as JSON. Sumo's "Windows -
 * OpenTelemetry" apps read it with {@code json "event_id.id"}, {@code "computer"},
 * {@code "channel"}, {@code "keywords"}, {@code "level"}, {@code "message"}, and parse
 * {@code event_data} for {@code "\"SubjectUserName\":\"*\""}
 * (docs/integrations/hosts-operating-systems/opentelemetry/windows-opentelemetry.md).
 *
 * <p>Keys: {@code channel}, {@code computer}, {@code event_data} (the named fields' strings;
 * unnamed values as {@code Data1}, {@code Data2} ..., the flat map of contrib PR #46034),
 * {@code event_id} {@code {id, qualifiers}} (numbers), {@code keywords} (a list of the rendered
 * keyword names, or of the raw mask when none is named), {@code level} and {@code opcode}
 * (rendered names, else the number as text), {@code message}, {@code provider}
 * {@code {event_source, guid, name}}, {@code record_id} (a number), {@code system_time},
 * {@code task} (the number as text: the rendered task name comes from the provider's manifest,
 * which no input carries). Go's receiver fills every key from a struct, so a value the event does
 * not give is written as Go's zero value ({@code ""}, {@code 0}, {@code null}), and {@code message}
 * is always {@code ""} here. Keys are sorted, as Go's {@code encoding/json} writes a map, and
 * strings are escaped as it escapes them ({@link JsonText.Style#GO}). UserData is not in this body
 * (the receiver did not read it before contrib PR #46944, 2026), so fields of UserData events are
 * missing from this rendering, as from the collector's output.
 */
final class WindowsOtelJsonRendering extends WindowsRendering {

  static final String NAME = "windows-otel-json";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  Outcome<String> write(WindowsEvent event) {
    WindowsSystem s = event.system();
    Map<String, YNode> body = new TreeMap<>();
    body.put("channel", YNodes.string(s.channel().orElse("")));
    body.put("computer", YNodes.string(s.computer().orElse("")));
    Map<String, YNode> data = new TreeMap<>();
    int unnamed = 0;
    for (DataField d : event.eventData()) {
      data.put(d.isUnnamed() ? "Data" + (++unnamed) : d.name(), YNodes.string(d.value()));
    }
    body.put("event_data", YNodes.map(data));
    body.put("event_id", YNodes.map(new TreeMap<>(Map.of(
        "id", YNodes.number(s.eventId().orElse(0)),
        "qualifiers", YNodes.number(s.qualifiers().orElse(0))))));
    if (s.keywords().isPresent()) {
      List<String> names = WindowsNames.keywords(s.keywords().get());
      List<YNode> keywords = new ArrayList<>();
      (names.isEmpty() ? List.of(s.keywords().get()) : names).forEach(k -> keywords.add(YNodes.string(k)));
      body.put("keywords", YNodes.list(keywords));
    } else {
      body.put("keywords", YNodes.scalar(null));
    }
    body.put("level", YNodes.string(s.level().isPresent()
        ? WindowsNames.level(s.level().getAsLong()).orElse(Long.toString(s.level().getAsLong())) : ""));
    body.put("message", YNodes.string(""));
    body.put("opcode", YNodes.string(s.opcode().isPresent()
        ? WindowsNames.opcode(s.opcode().getAsLong()).orElse(Long.toString(s.opcode().getAsLong())) : ""));
    body.put("provider", YNodes.map(new TreeMap<>(Map.of(
        "event_source", YNodes.string(s.eventSourceName().orElse("")),
        "guid", YNodes.string(bracedGuid(s).orElse("")),
        "name", YNodes.string(s.providerName().orElse(""))))));
    body.put("record_id", YNodes.number(s.eventRecordId().orElse(0)));
    body.put("system_time", YNodes.string(s.systemTime().orElse("")));
    body.put("task", YNodes.string(s.task().isPresent() ? Long.toString(s.task().getAsLong()) : ""));
    return Outcome.ok(JsonText.write(YNodes.map(body), JsonText.Style.GO));
  }
}
