package io.github.sigma2sumo.run.events;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values of a Windows event's {@code System} element, in the order Windows writes them, with
 * the two names each goes by.
 *
 * <p>The Sigma name is SigmaHQ's: an element's text by the element's name ({@code EventID},
 * {@code Channel}, {@code Level}, {@code Keywords} as SigmaHQ's rules compare them: {@code Level: 4},
 * {@code Keywords: '0x8010000000000000'}), an attribute as {@code Element_Attribute}
 * ({@code Provider_Name}, which 174 SigmaHQ rules read). The path is how Cloud SIEM's Windows log
 * format names the same value ({@code Provider.Name}, {@code TimeCreated.SystemTime},
 * {@code Security.UserID}: the "Original Record Key" column of the catalog's Windows mappings).
 */
enum SystemField {
  PROVIDER_NAME("Provider_Name", "Provider.Name", false, s -> text(s.providerName()), (b, v) -> b.providerName = Optional.of(v)),
  PROVIDER_GUID("Provider_Guid", "Provider.Guid", false, s -> text(s.providerGuid()), (b, v) -> b.providerGuid = Optional.of(v)),
  EVENT_SOURCE_NAME("Provider_EventSourceName", "Provider.EventSourceName", false, s -> text(s.eventSourceName()),
      (b, v) -> b.eventSourceName = Optional.of(v)),
  EVENT_ID("EventID", "EventID", true, s -> number(s.eventId()), (b, v) -> b.eventId = OptionalLong.of(Long.parseLong(v))),
  QUALIFIERS("EventID_Qualifiers", "EventID.Qualifiers", true, s -> number(s.qualifiers()),
      (b, v) -> b.qualifiers = OptionalLong.of(Long.parseLong(v))),
  VERSION("Version", "Version", true, s -> number(s.version()), (b, v) -> b.version = OptionalLong.of(Long.parseLong(v))),
  LEVEL("Level", "Level", true, s -> number(s.level()), (b, v) -> b.level = OptionalLong.of(Long.parseLong(v))),
  TASK("Task", "Task", true, s -> number(s.task()), (b, v) -> b.task = OptionalLong.of(Long.parseLong(v))),
  OPCODE("Opcode", "Opcode", true, s -> number(s.opcode()), (b, v) -> b.opcode = OptionalLong.of(Long.parseLong(v))),
  KEYWORDS("Keywords", "Keywords", false, s -> text(s.keywords()), (b, v) -> b.keywords = Optional.of(v)),
  SYSTEM_TIME("TimeCreated_SystemTime", "TimeCreated.SystemTime", false, s -> text(s.systemTime()),
      (b, v) -> b.systemTime = Optional.of(v)),
  EVENT_RECORD_ID("EventRecordID", "EventRecordID", true, s -> number(s.eventRecordId()),
      (b, v) -> b.eventRecordId = OptionalLong.of(Long.parseLong(v))),
  ACTIVITY_ID("Correlation_ActivityID", "Correlation.ActivityID", false, s -> text(s.activityId()),
      (b, v) -> b.activityId = Optional.of(v)),
  RELATED_ACTIVITY_ID("Correlation_RelatedActivityID", "Correlation.RelatedActivityID", false,
      s -> text(s.relatedActivityId()), (b, v) -> b.relatedActivityId = Optional.of(v)),
  PROCESS_ID("Execution_ProcessID", "Execution.ProcessID", true, s -> number(s.processId()),
      (b, v) -> b.processId = OptionalLong.of(Long.parseLong(v))),
  THREAD_ID("Execution_ThreadID", "Execution.ThreadID", true, s -> number(s.threadId()),
      (b, v) -> b.threadId = OptionalLong.of(Long.parseLong(v))),
  CHANNEL("Channel", "Channel", false, s -> text(s.channel()), (b, v) -> b.channel = Optional.of(v)),
  COMPUTER("Computer", "Computer", false, s -> text(s.computer()), (b, v) -> b.computer = Optional.of(v)),
  USER_ID("Security_UserID", "Security.UserID", false, s -> text(s.userId()), (b, v) -> b.userId = Optional.of(v));

  private static final Map<String, SystemField> BY_SIGMA_NAME =
      Stream.of(values()).collect(Collectors.toUnmodifiableMap(f -> f.sigmaName, f -> f));

  private final String sigmaName;
  private final String path;
  private final boolean numeric;
  private final Function<WindowsSystem, Optional<String>> get;
  private final BiConsumer<WindowsSystem.Builder, String> set;

  SystemField(String sigmaName, String path, boolean numeric, Function<WindowsSystem, Optional<String>> get,
      BiConsumer<WindowsSystem.Builder, String> set) {
    this.sigmaName = sigmaName;
    this.path = path;
    this.numeric = numeric;
    this.get = get;
    this.set = set;
  }

  static Optional<SystemField> bySigmaName(String name) {
    return Optional.ofNullable(BY_SIGMA_NAME.get(name));
  }

  String sigmaName() {
    return sigmaName;
  }

  /** The key Cloud SIEM's Windows log format gives this value. */
  String path() {
    return path;
  }

  /** True for the values Windows types as integers (the rest are text). */
  boolean isNumeric() {
    return numeric;
  }

  /** The value as Windows renders it in XML, when the event has it. */
  Optional<String> get(WindowsSystem system) {
    return get.apply(system);
  }

  /**
   * Sets the value from its text; a numeric field takes an unsigned decimal integer or a
   * {@code 0x} hexadecimal one.
   *
   * @return the reason the value was refused, or empty when it was set
   */
  Optional<String> set(WindowsSystem.Builder builder, String value) {
    String v = value;
    if (numeric) {
      Optional<String> decimal = decimal(value);
      if (decimal.isEmpty()) {
        return Optional.of("the System value " + sigmaName + " must be an unsigned integer, not '" + value + "'");
      }
      v = decimal.get();
    }
    set.accept(builder, v);
    return Optional.empty();
  }

  private static Optional<String> decimal(String value) {
    String t = value.trim();
    try {
      long n = t.startsWith("0x") || t.startsWith("0X") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
      return n < 0 ? Optional.empty() : Optional.of(Long.toString(n));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(Optional<String> value) {
    return value;
  }

  private static Optional<String> number(OptionalLong value) {
    return value.isPresent() ? Optional.of(Long.toString(value.getAsLong())) : Optional.empty();
  }
}
