package io.github.sigma2sumo.sumo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The field names that Sysmon events carry (Microsoft-Windows-Sysmon/Operational, events 1-29),
 * and the Windows event envelope around them. Sources: the Sysmon event schema as the Sigma
 * taxonomy lists it (SigmaHQ/sigma-specification, appendix taxonomy; reference sigma.md §7.1-7.3).
 * In the event XML the data fields appear as {@code <Data Name="Image">...</Data>} inside
 * {@code <EventData>}; the envelope fields are elements of {@code <System>}.
 */
public final class SysmonSchema {
  private static final Set<String> DATA_FIELDS = lower(Stream.of(
      "RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "FileVersion", "Description", "Product",
      "Company", "OriginalFileName", "CommandLine", "CurrentDirectory", "User", "LogonGuid", "LogonId",
      "TerminalSessionId", "IntegrityLevel", "Hashes", "ParentProcessGuid", "ParentProcessId", "ParentImage",
      "ParentCommandLine", "ParentUser", "TargetFilename", "CreationUtcTime", "PreviousCreationUtcTime",
      "Protocol", "Initiated", "SourceIsIpv6", "SourceIp", "SourceHostname", "SourcePort", "SourcePortName",
      "DestinationIsIpv6", "DestinationIp", "DestinationHostname", "DestinationPort", "DestinationPortName",
      "State", "Version", "SchemaVersion", "Configuration", "ConfigurationFileHash", "ImageLoaded", "Signed",
      "Signature", "SignatureStatus", "SourceProcessGuid", "SourceProcessId", "SourceImage",
      "TargetProcessGuid", "TargetProcessId", "TargetImage", "NewThreadId", "StartAddress", "StartModule",
      "StartFunction", "SourceUser", "TargetUser", "Device", "SourceThreadId", "GrantedAccess", "CallTrace",
      "EventType", "TargetObject", "Details", "NewName", "Hash", "Contents", "PipeName", "Operation",
      "EventNamespace", "Name", "Query", "Type", "Destination", "Consumer", "Filter", "QueryName",
      "QueryStatus", "QueryResults", "IsExecutable", "Archived", "Session", "ClientInfo"));

  private static final Set<String> ENVELOPE_FIELDS = lower(Stream.of(
      "EventID", "EventCode", "Channel", "Computer", "Provider", "Provider_Name", "Level", "Task", "Opcode",
      "Keywords", "TimeCreated", "EventRecordID", "Execution", "Security", "Security_UserID", "Message"));

  /** Data fields per event id, for the events detections use most (sigma.md §7.1-7.3). */
  private static final Map<Integer, Set<String>> EVENT_FIELDS = Map.of(
      1, lower(Stream.of("RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "FileVersion", "Description",
          "Product", "Company", "OriginalFileName", "CommandLine", "CurrentDirectory", "User", "LogonGuid",
          "LogonId", "TerminalSessionId", "IntegrityLevel", "Hashes", "ParentProcessGuid", "ParentProcessId",
          "ParentImage", "ParentCommandLine", "ParentUser")),
      3, lower(Stream.of("RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "User", "Protocol",
          "Initiated", "SourceIsIpv6", "SourceIp", "SourceHostname", "SourcePort", "SourcePortName",
          "DestinationIsIpv6", "DestinationIp", "DestinationHostname", "DestinationPort", "DestinationPortName")),
      11, lower(Stream.of("RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image", "TargetFilename",
          "CreationUtcTime", "User")),
      22, lower(Stream.of("RuleName", "UtcTime", "ProcessGuid", "ProcessId", "QueryName", "QueryStatus",
          "QueryResults", "Image", "User")));

  private static final Map<Integer, String> EVENT_NAMES = Map.of(
      1, "process creation", 3, "network connection", 11, "file create", 22, "DNS query");

  private SysmonSchema() {}

  /**
   * Whether Sysmon event {@code eventId} carries data field {@code name}; empty when the event is
   * not one this class describes.
   */
  public static Optional<Boolean> eventCarries(int eventId, String name) {
    return Optional.ofNullable(EVENT_FIELDS.get(eventId)).map(f -> f.contains(name.toLowerCase(Locale.ROOT)));
  }

  /** "network connection" for 3, and so on, for the events {@link #eventCarries} knows. */
  public static String eventName(int eventId) {
    return EVENT_NAMES.getOrDefault(eventId, "event " + eventId);
  }

  /** True when some Sysmon event, or the event envelope, carries {@code name} (case-insensitive). */
  public static boolean carries(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return DATA_FIELDS.contains(key) || ENVELOPE_FIELDS.contains(key);
  }

  /** True when {@code name} is a field of a Sysmon event's {@code <EventData>}. */
  public static boolean isDataField(String name) {
    return DATA_FIELDS.contains(name.toLowerCase(Locale.ROOT));
  }

  private static Set<String> lower(Stream<String> names) {
    return names.map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
