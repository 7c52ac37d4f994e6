package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads EVTX records converted to JSON, as in SigmaHQ's regression data: elements become keys,
 * attributes go under {@code #attributes}, and an element with both attributes and text keeps its
 * text under {@code #text} ({@code "EventID": {"#attributes": {"Qualifiers": 16384}, "#text": 7036}}).
 * Unnamed {@code <Data>} elements come as {@code "Data"} holding a value, a list, or {@code #text}.
 */
final class EvtxJson {
  private static final String ATTRIBUTES = "#attributes";
  private static final String TEXT = "#text";

  private EvtxJson() {}

  static Outcome<WindowsEvent> read(YMap record) {
    YMap event = YNodes.mapAt(record, "Event").orElse(record);
    Optional<YMap> system = YNodes.mapAt(event, "System");
    if (system.isEmpty()) {
      return Outcome.failed("an EVTX record needs Event.System (an object)", event.span());
    }
    WindowsSystem.Builder builder = WindowsSystem.builder();
    for (Entry e : system.get().entries().values()) {
      Optional<Outcome<WindowsEvent>> problem = systemElement(builder, e);
      if (problem.isPresent()) {
        return problem.get();
      }
    }
    List<DataField> data = new ArrayList<>();
    Optional<YNode> eventData = event.get("EventData");
    if (eventData.isPresent() && eventData.get() instanceof YMap m) {
      for (Entry e : m.entries().values()) {
        if (e.key().equals(ATTRIBUTES)) {
          continue;
        }
        Outcome<List<DataField>> fields = dataElement(e);
        if (fields instanceof Outcome.Failed<List<DataField>> f) {
          return Outcome.failed(f.message(), f.span());
        }
        data.addAll(fields.value());
      }
    } else if (eventData.isPresent() && !(eventData.get() instanceof YScalar s && s.value() == null)) {
      return Outcome.failed("Event.EventData must be an object, not " + YNodes.kind(eventData.get()),
          eventData.get().span());
    }
    Optional<UserData> userData = Optional.empty();
    Optional<YNode> user = event.get("UserData");
    if (user.isPresent()) {
      Outcome<UserData> u = userData(user.get());
      if (u instanceof Outcome.Failed<UserData> f) {
        return Outcome.failed(f.message(), f.span());
      }
      userData = Optional.of(u.value());
    }
    return Outcome.ok(new WindowsEvent(builder.build(), data, userData));
  }

  private static Optional<Outcome<WindowsEvent>> systemElement(WindowsSystem.Builder b, Entry e) {
    YNode node = e.value();
    Optional<String> text = text(node);
    Optional<YMap> attributes = node instanceof YMap m ? YNodes.mapAt(m, ATTRIBUTES) : Optional.empty();
    List<Optional<String>> problems = new ArrayList<>();
    switch (e.key()) {
      case "Provider":
        attribute(attributes, "Name").ifPresent(v -> problems.add(SystemField.PROVIDER_NAME.set(b, v)));
        attribute(attributes, "Guid").ifPresent(v -> problems.add(SystemField.PROVIDER_GUID.set(b, v)));
        attribute(attributes, "EventSourceName").ifPresent(v -> problems.add(SystemField.EVENT_SOURCE_NAME.set(b, v)));
        break;
      case "EventID":
        text.ifPresent(v -> problems.add(SystemField.EVENT_ID.set(b, v)));
        attribute(attributes, "Qualifiers").ifPresent(v -> problems.add(SystemField.QUALIFIERS.set(b, v)));
        break;
      case "TimeCreated":
        attribute(attributes, "SystemTime").ifPresent(v -> problems.add(SystemField.SYSTEM_TIME.set(b, v)));
        break;
      case "Correlation":
        attribute(attributes, "ActivityID").ifPresent(v -> problems.add(SystemField.ACTIVITY_ID.set(b, v)));
        attribute(attributes, "RelatedActivityID").ifPresent(v -> problems.add(SystemField.RELATED_ACTIVITY_ID.set(b, v)));
        break;
      case "Execution":
        attribute(attributes, "ProcessID").ifPresent(v -> problems.add(SystemField.PROCESS_ID.set(b, v)));
        attribute(attributes, "ThreadID").ifPresent(v -> problems.add(SystemField.THREAD_ID.set(b, v)));
        break;
      case "Security":
        attribute(attributes, "UserID").ifPresent(v -> problems.add(SystemField.USER_ID.set(b, v)));
        break;
      default:
        Optional<SystemField> field = SystemField.bySigmaName(e.key());
        if (field.isPresent() && text.isPresent()) {
          problems.add(field.get().set(b, text.get()));
        } else if (field.isEmpty()) {
          return Optional.of(Outcome.failed("Event.System." + e.key() + " is not a System element of the Windows Event Schema",
              e.keySpan()));
        }
    }
    return problems.stream().flatMap(Optional::stream).findFirst()
        .map(message -> Outcome.failed(message, node.span()));
  }

  /** One child of EventData: a named field, or the unnamed {@code Data} values, or {@code Binary}. */
  private static Outcome<List<DataField>> dataElement(Entry e) {
    YNode node = e.value();
    if (e.key().equals("Data")) {
      List<DataField> unnamed = new ArrayList<>();
      YNode values = node instanceof YMap m && m.get(TEXT).isPresent() ? m.get(TEXT).get() : node;
      List<YNode> items = values instanceof YList l ? l.items() : List.of(values);
      for (YNode item : items) {
        Optional<String> t = text(item);
        if (t.isEmpty()) {
          return Outcome.failed("EventData.Data holds " + YNodes.kind(item) + ", not a value", item.span());
        }
        unnamed.add(new DataField("", t.get()));
      }
      return Outcome.ok(unnamed);
    }
    Optional<String> t = text(node);
    if (t.isEmpty()) {
      return Outcome.failed("EventData." + e.key() + " holds " + YNodes.kind(node)
          + "; a Windows event data field holds one value", node.span());
    }
    return Outcome.ok(List.of(new DataField(e.key(), t.get())));
  }

  private static Outcome<UserData> userData(YNode node) {
    if (!(node instanceof YMap m) || m.entries().size() != 1) {
      return Outcome.failed("Event.UserData must be an object holding one element", node.span());
    }
    Entry element = m.entries().values().iterator().next();
    if (!(element.value() instanceof YMap children)) {
      return Outcome.failed("Event.UserData." + element.key() + " must be an object of fields", element.value().span());
    }
    Optional<String> xmlns = Optional.empty();
    List<DataField> fields = new ArrayList<>();
    for (Entry child : children.entries().values()) {
      if (child.key().equals(ATTRIBUTES)) {
        xmlns = child.value() instanceof YMap a ? attribute(Optional.of(a), "xmlns") : Optional.empty();
        continue;
      }
      Optional<String> t = text(child.value());
      if (t.isEmpty()) {
        return Outcome.failed("Event.UserData." + element.key() + "." + child.key()
            + " nests elements deeper than one level, which is not read locally", child.value().span());
      }
      fields.add(new DataField(child.key(), t.get()));
    }
    return Outcome.ok(new UserData(element.key(), xmlns, fields));
  }

  /** The text of an element: a scalar, or a map's {@code #text}; null is the empty text. */
  private static Optional<String> text(YNode node) {
    if (node instanceof YScalar s) {
      return Optional.of(YNodes.text(s));
    }
    if (node instanceof YMap m) {
      return YNodes.scalarAt(m, TEXT).map(YNodes::text);
    }
    return Optional.empty();
  }

  private static Optional<String> attribute(Optional<YMap> attributes, String name) {
    return attributes.flatMap(a -> YNodes.scalarAt(a, name)).map(YNodes::text);
  }
}
