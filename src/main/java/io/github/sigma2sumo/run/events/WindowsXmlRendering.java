package io.github.sigma2sumo.run.events;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code windows-xml}: the event as Windows renders it with {@code EvtRender(EvtRenderEventXml)}
 * (Microsoft's Windows Event Log API, winevt.h), which is the XML that Windows Event Forwarding
 * delivers and that third-party shippers forward (NXLog's {@code im_msvistalog} keeps it as
 * {@code $raw_event}): one line, no XML declaration, no whitespace between elements, attributes in
 * single quotes ({@code <Data Name='Image'>}), {@code <Correlation/>} and {@code <Security/>}
 * written even when empty, GUIDs in braces. Sumo's Installed Collector has no XML format (its
 * Windows sources send legacy text or JSON: docs/send-data/installed-collectors/sources/
 * local-windows-event-log-source.md), so this is what reaches Sumo through those shippers.
 *
 * <p>Escaping is {@link XmlText}'s. Elements the event does not give are left out (a Windows-made
 * event has them all). The rendered message ({@code RenderingInfo}) is not written: no input
 * carries it. An event with neither EventData nor UserData has neither element.
 */
final class WindowsXmlRendering extends WindowsRendering {

  static final String NAME = "windows-xml";
  /** An XML 1.0 name without a namespace prefix (letters, digits, {@code _ - .}; not starting with a digit). */
  private static final java.util.regex.Pattern XML_NAME =
      java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
  private static final String EVENT_NS = "http://schemas.microsoft.com/win/2004/08/events/event";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  Outcome<String> write(WindowsEvent event) {
    if (event.userData().isPresent()) {
      UserData u = event.userData().get();
      for (String name : names(u)) {
        if (!XML_NAME.matcher(name).matches()) {
          return Outcome.failed("the UserData name '" + name + "' is not an XML element name");
        }
      }
    }
    WindowsSystem s = event.system();
    StringBuilder out = new StringBuilder(1024);
    out.append("<Event xmlns='").append(EVENT_NS).append("'><System>");
    if (s.providerName().isPresent() || s.providerGuid().isPresent() || s.eventSourceName().isPresent()) {
      out.append("<Provider");
      attribute(out, "Name", s.providerName());
      attribute(out, "Guid", bracedGuid(s));
      attribute(out, "EventSourceName", s.eventSourceName());
      out.append("/>");
    }
    if (s.eventId().isPresent()) {
      out.append("<EventID");
      attribute(out, "Qualifiers", text(s.qualifiers()));
      out.append('>').append(s.eventId().getAsLong()).append("</EventID>");
    }
    element(out, "Version", text(s.version()));
    element(out, "Level", text(s.level()));
    element(out, "Task", text(s.task()));
    element(out, "Opcode", text(s.opcode()));
    element(out, "Keywords", s.keywords());
    if (s.systemTime().isPresent()) {
      out.append("<TimeCreated");
      attribute(out, "SystemTime", s.systemTime());
      out.append("/>");
    }
    element(out, "EventRecordID", text(s.eventRecordId()));
    out.append("<Correlation");
    attribute(out, "ActivityID", s.activityId().map(WindowsRendering::braced));
    attribute(out, "RelatedActivityID", s.relatedActivityId().map(WindowsRendering::braced));
    out.append("/>");
    if (s.processId().isPresent() || s.threadId().isPresent()) {
      out.append("<Execution");
      attribute(out, "ProcessID", text(s.processId()));
      attribute(out, "ThreadID", text(s.threadId()));
      out.append("/>");
    }
    element(out, "Channel", s.channel());
    element(out, "Computer", s.computer());
    out.append("<Security");
    attribute(out, "UserID", s.userId());
    out.append("/></System>");
    if (event.userData().isPresent()) {
      UserData u = event.userData().get();
      out.append("<UserData><").append(u.element());
      attribute(out, "xmlns", u.xmlns());
      out.append('>');
      for (DataField f : u.fields()) {
        element(out, f.name(), Optional.of(f.value()));
      }
      out.append("</").append(u.element()).append("></UserData>");
    } else if (!event.eventData().isEmpty()) {
      out.append("<EventData>");
      for (DataField d : event.eventData()) {
        out.append("<Data");
        if (!d.isUnnamed()) {
          attribute(out, "Name", Optional.of(d.name()));
        }
        out.append('>').append(XmlText.text(d.value())).append("</Data>");
      }
      out.append("</EventData>");
    }
    return Outcome.ok(out.append("</Event>").toString());
  }

  private static java.util.List<String> names(UserData u) {
    java.util.List<String> names = new java.util.ArrayList<>();
    names.add(u.element());
    u.fields().forEach(f -> names.add(f.name()));
    return names;
  }

  private static void element(StringBuilder out, String name, Optional<String> value) {
    value.ifPresent(v -> out.append('<').append(name).append('>').append(XmlText.text(v))
        .append("</").append(name).append('>'));
  }

  private static void attribute(StringBuilder out, String name, Optional<String> value) {
    value.ifPresent(v -> out.append(' ').append(name).append("='").append(XmlText.attribute(v)).append('\''));
  }

  private static Optional<String> text(OptionalLong value) {
    return value.isPresent() ? Optional.of(Long.toString(value.getAsLong())) : Optional.empty();
  }
}
