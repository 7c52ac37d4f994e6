package io.github.sigma2sumo.run.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code windows-legacy}: the event as Sumo's Installed Collector sends it from a Windows Event Log
 * Source set to "Collect using legacy format": the text of the WMI {@code Win32_NTLogEvent} instance,
 * laid out as Sumo's Windows Legacy app shows it (SumoLogic/sumologic-documentation,
 * docs/integrations/microsoft-azure/windows-legacy.md, Sample Log Message): one {@code Name = value;}
 * property per line in alphabetical order, strings quoted, {@code InsertionStrings} a braced list.
 *
 * <p>Properties (Win32_NTLogEvent's): {@code Category} the task, {@code ComputerName},
 * {@code EventCode} the event id's low 16 bits and {@code EventIdentifier} the id with its
 * qualifiers, {@code EventType} and {@code Type} (1 Error, 2 Warning, 3 Information, 4 Audit
 * Success, 5 Audit Failure: the audit keyword bits first, then the level), {@code InsertionStrings}
 * (the event data's values in order, UserData's fields where the event has them), {@code Logfile}
 * the channel, {@code RecordNumber}, {@code SourceName} the provider, {@code TimeGenerated} and
 * {@code TimeWritten} ({@code yyyyMMddHHmmss.ffffff-000}). Choices the sample leaves open: the
 * rendered {@code Message} is left out, since no input carries it; lines end with CRLF, as the
 * Active Directory Legacy app's searches expect ({@code Message = "(?<msg>[^\r]+?)\r"}); strings
 * escape {@code \} and {@code "} with a backslash, as WMI's MOF text does (the fourth sample of the
 * docs' search corpus shows {@code User = "NT AUTHORITY\\SYSTEM"}).
 */
final class WindowsLegacyRendering extends WindowsRendering {

  static final String NAME = "windows-legacy";
  private static final String EOL = "\r\n";
  private static final long AUDIT_SUCCESS = 0x0020000000000000L;
  private static final long AUDIT_FAILURE = 0x0010000000000000L;
  private static final Pattern ISO_TIME = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?Z?");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  Outcome<String> write(WindowsEvent event) {
    WindowsSystem s = event.system();
    StringBuilder out = new StringBuilder("instance of Win32_NTLogEvent").append(EOL).append('{').append(EOL);
    s.task().ifPresent(t -> property(out, "Category", Long.toString(t)));
    s.computer().ifPresent(c -> property(out, "ComputerName", quoted(c)));
    if (s.eventId().isPresent()) {
      long id = s.eventId().getAsLong();
      property(out, "EventCode", Long.toString(id & 0xFFFF));
      property(out, "EventIdentifier", Long.toString((s.qualifiers().orElse(0) << 16) | (id & 0xFFFF)));
    }
    int type = type(s);
    property(out, "EventType", Integer.toString(type));
    List<String> strings = new ArrayList<>();
    event.eventData().forEach(d -> strings.add(quoted(d.value())));
    event.userData().ifPresent(u -> u.fields().forEach(f -> strings.add(quoted(f.value()))));
    if (!strings.isEmpty()) {
      property(out, "InsertionStrings", "{" + String.join(", ", strings) + "}");
    }
    s.channel().ifPresent(c -> property(out, "Logfile", quoted(c)));
    s.eventRecordId().ifPresent(r -> property(out, "RecordNumber", Long.toString(r)));
    s.providerName().ifPresent(p -> property(out, "SourceName", quoted(p)));
    Optional<String> time = s.systemTime().flatMap(WindowsLegacyRendering::wmiTime);
    time.ifPresent(t -> property(out, "TimeGenerated", quoted(t)));
    time.ifPresent(t -> property(out, "TimeWritten", quoted(t)));
    property(out, "Type", quoted(TYPES[type]));
    out.append("};");
    return Outcome.ok(out.toString());
  }

  private static final String[] TYPES = {"", "Error", "Warning", "Information", "Audit Success", "Audit Failure"};

  /** Win32_NTLogEvent's EventType: the audit keyword bits first, then the level. */
  private static int type(WindowsSystem s) {
    long keywords = s.keywords().flatMap(WindowsLegacyRendering::mask).orElse(0L);
    if ((keywords & AUDIT_FAILURE) != 0) {
      return 5;
    }
    if ((keywords & AUDIT_SUCCESS) != 0) {
      return 4;
    }
    long level = s.level().orElse(4);
    return level == 1 || level == 2 ? 1 : level == 3 ? 2 : 3;
  }

  private static Optional<Long> mask(String keywords) {
    String hex = keywords.startsWith("0x") || keywords.startsWith("0X") ? keywords.substring(2) : keywords;
    try {
      return Optional.of(Long.parseUnsignedLong(hex, 16));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code 2024-05-02T10:15:02.1234567Z} as {@code 20240502101502.123456-000}; nothing for another form. */
  private static Optional<String> wmiTime(String iso) {
    Matcher m = ISO_TIME.matcher(iso);
    if (!m.matches()) {
      return Optional.empty();
    }
    String fraction = (m.group(7) == null ? "" : m.group(7)) + "000000";
    return Optional.of(m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5) + m.group(6) + "."
        + fraction.substring(0, 6) + "-000");
  }

  private static void property(StringBuilder out, String name, String value) {
    out.append("    ").append(name).append(" = ").append(value).append(';').append(EOL);
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
