package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code windows-json}: the event as Sumo's Installed Collector sends it from a Windows Event Log
 * Source set to "Collect using JSON format" (SumoLogic/sumologic-documentation,
 * docs/send-data/installed-collectors/sources/local-windows-event-log-source.md, Event Format).
 *
 * <p>The shape is Sumo's own sample (docs/integrations/microsoft-azure/windows-json.md) and what
 * the Windows JSON apps' searches read ({@code json "EventID"}, {@code "Provider.Name"},
 * {@code "EventData.SubjectUserName"}, {@code "UserData.LogFileCleared.SubjectUserName"}, and
 * keyword searches for {@code "\"EventID\":\"4624\""}, which fix both the compact writing and
 * EventID's type):
 * <ul>
 *   <li>keys in the sample's order: TimeCreated, EventID, Task, Correlation, Keywords, Channel,
 *       Opcode, Security, Provider {Guid, Name}, EventRecordID, Execution {ThreadID, ProcessID},
 *       Version, Computer, Level, EventData, UserData (only when the event has one), Message;
 *   <li>EventID a string; Task, EventRecordID, Version and the Execution ids numbers;
 *   <li>Level, Opcode and Keywords the rendered names ({@link WindowsNames}); Keywords joined with
 *       {@code ", "} when several bits are named, the hex mask when none is;
 *   <li>EventData an object of the named fields' strings (always present, {@code {}} when empty);
 *       UserData {@code {element: {"xmlns": ..., field: value}}}, as in the sample.
 * </ul>
 * Choices the sample leaves open: Correlation and Security are {@code ""} when they have no
 * attribute (the sample) and otherwise an object of their attributes, as Provider and Execution
 * are; TimeCreated is the event's SystemTime as it is (the sample's odd
 * {@code 2020-10-12T07:31:14+000039800Z} layout is not reproduced: no rule reads it); unnamed
 * {@code <Data>} values go under {@code EventData.Data} (a string, or a list when several); Message
 * (the rendered text) is left out, since no input carries it. Values absent from the event are left
 * out. Strings are escaped as jackson-core writes them ({@link JsonText.Style#JAVA}).
 */
final class WindowsCollectorJsonRendering extends WindowsRendering {

  static final String NAME = "windows-json";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  Outcome<String> write(WindowsEvent event) {
    WindowsSystem s = event.system();
    Map<String, YNode> out = new LinkedHashMap<>();
    s.systemTime().ifPresent(t -> out.put("TimeCreated", YNodes.string(t)));
    s.eventId().ifPresent(id -> out.put("EventID", YNodes.string(Long.toString(id))));
    s.task().ifPresent(t -> out.put("Task", YNodes.number(t)));
    out.put("Correlation", attributes(Map.of(), "ActivityID", s.activityId().map(WindowsRendering::braced).orElse(null),
        "RelatedActivityID", s.relatedActivityId().map(WindowsRendering::braced).orElse(null)));
    s.keywords().ifPresent(k -> {
      List<String> names = WindowsNames.keywords(k);
      out.put("Keywords", YNodes.string(names.isEmpty() ? k : String.join(", ", names)));
    });
    s.channel().ifPresent(c -> out.put("Channel", YNodes.string(c)));
    s.opcode().ifPresent(o -> out.put("Opcode", YNodes.string(WindowsNames.opcode(o).orElse(Long.toString(o)))));
    out.put("Security", attributes(Map.of(), "UserID", s.userId().orElse(null), null, null));
    if (s.providerName().isPresent() || s.providerGuid().isPresent()) {
      Map<String, YNode> provider = new LinkedHashMap<>();
      bracedGuid(s).ifPresent(g -> provider.put("Guid", YNodes.string(g)));
      s.providerName().ifPresent(n -> provider.put("Name", YNodes.string(n)));
      out.put("Provider", YNodes.map(provider));
    }
    s.eventRecordId().ifPresent(r -> out.put("EventRecordID", YNodes.number(r)));
    if (s.processId().isPresent() || s.threadId().isPresent()) {
      Map<String, YNode> execution = new LinkedHashMap<>();
      s.threadId().ifPresent(t -> execution.put("ThreadID", YNodes.number(t)));
      s.processId().ifPresent(p -> execution.put("ProcessID", YNodes.number(p)));
      out.put("Execution", YNodes.map(execution));
    }
    s.version().ifPresent(v -> out.put("Version", YNodes.number(v)));
    s.computer().ifPresent(c -> out.put("Computer", YNodes.string(c)));
    s.level().ifPresent(l -> out.put("Level", YNodes.string(WindowsNames.level(l).orElse(Long.toString(l)))));
    out.put("EventData", eventData(event));
    event.userData().ifPresent(u -> {
      Map<String, YNode> fields = new LinkedHashMap<>();
      u.xmlns().ifPresent(x -> fields.put("xmlns", YNodes.string(x)));
      u.fields().forEach(f -> fields.put(f.name(), YNodes.string(f.value())));
      out.put("UserData", YNodes.map(Map.of(u.element(), YNodes.map(fields))));
    });
    return Outcome.ok(JsonText.write(YNodes.map(out), JsonText.Style.JAVA));
  }

  private static YNode eventData(WindowsEvent event) {
    Map<String, YNode> data = new LinkedHashMap<>();
    List<YNode> unnamed = new ArrayList<>();
    for (DataField d : event.eventData()) {
      if (d.isUnnamed()) {
        unnamed.add(YNodes.string(d.value()));
      } else {
        data.put(d.name(), YNodes.string(d.value()));
      }
    }
    if (unnamed.size() == 1) {
      data.put("Data", unnamed.get(0));
    } else if (!unnamed.isEmpty()) {
      data.put("Data", YNodes.list(unnamed));
    }
    return YNodes.map(data);
  }

  /** {@code ""} without attributes, else an object of the given ones. */
  private static YNode attributes(Map<String, YNode> none, String k1, String v1, String k2, String v2) {
    Map<String, YNode> out = new LinkedHashMap<>(none);
    if (v1 != null) {
      out.put(k1, YNodes.string(v1));
    }
    if (k2 != null && v2 != null) {
      out.put(k2, YNodes.string(v2));
    }
    return out.isEmpty() ? YNodes.string("") : YNodes.map(out);
  }
}
