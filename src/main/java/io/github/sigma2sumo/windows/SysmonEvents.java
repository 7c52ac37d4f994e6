package io.github.sigma2sumo.windows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data fields of each Sysmon event (Microsoft-Windows-Sysmon/Operational, events 1-29, schema
 * 4.90 as {@code sysmon -s} prints it), the Windows event envelope around them, and the Sigma
 * log-source categories that read each event (SigmaHQ/sigma-specification, appendix "Taxonomy",
 * Windows categories; reference sigma.md §7.1). Field names are as Sysmon writes them in
 * {@code <Data Name="...">}, which is how Sigma rules name them.
 */
public final class SysmonEvents {
  private SysmonEvents() {}

  private static final List<String> PROCESS = List.of("RuleName", "UtcTime", "ProcessGuid", "ProcessId", "Image");
  private static final List<String> FILE_BLOCK = List.of("RuleName", "UtcTime", "ProcessGuid", "ProcessId", "User",
      "Image", "TargetFilename", "Hashes");

  private static final Map<Integer, Set<String>> FIELDS = Map.ofEntries(
      event(1, PROCESS, "FileVersion", "Description", "Product", "Company", "OriginalFileName", "CommandLine",
          "CurrentDirectory", "User", "LogonGuid", "LogonId", "TerminalSessionId", "IntegrityLevel", "Hashes",
          "ParentProcessGuid", "ParentProcessId", "ParentImage", "ParentCommandLine", "ParentUser"),
      event(2, PROCESS, "TargetFilename", "CreationUtcTime", "PreviousCreationUtcTime", "User"),
      event(3, PROCESS, "User", "Protocol", "Initiated", "SourceIsIpv6", "SourceIp", "SourceHostname", "SourcePort",
          "SourcePortName", "DestinationIsIpv6", "DestinationIp", "DestinationHostname", "DestinationPort",
          "DestinationPortName"),
      event(4, List.of(), "UtcTime", "State", "Version", "SchemaVersion"),
      event(5, PROCESS, "User"),
      event(6, List.of(), "RuleName", "UtcTime", "ImageLoaded", "Hashes", "Signed", "Signature", "SignatureStatus"),
      event(7, PROCESS, "ImageLoaded", "FileVersion", "Description", "Product", "Company", "OriginalFileName",
          "Hashes", "Signed", "Signature", "SignatureStatus", "User"),
      event(8, List.of(), "RuleName", "UtcTime", "SourceProcessGuid", "SourceProcessId", "SourceImage",
          "TargetProcessGuid", "TargetProcessId", "TargetImage", "NewThreadId", "StartAddress", "StartModule",
          "StartFunction", "SourceUser", "TargetUser"),
      event(9, PROCESS, "Device", "User"),
      event(10, List.of(), "RuleName", "UtcTime", "SourceProcessGUID", "SourceProcessId", "SourceThreadId",
          "SourceImage", "TargetProcessGUID", "TargetProcessId", "TargetImage", "GrantedAccess", "CallTrace",
          "SourceUser", "TargetUser"),
      event(11, PROCESS, "TargetFilename", "CreationUtcTime", "User"),
      event(12, PROCESS, "EventType", "TargetObject", "User"),
      event(13, PROCESS, "EventType", "TargetObject", "Details", "User"),
      event(14, PROCESS, "EventType", "TargetObject", "NewName", "User"),
      event(15, PROCESS, "TargetFilename", "CreationUtcTime", "Hash", "Contents", "User"),
      event(16, List.of(), "UtcTime", "Configuration", "ConfigurationFileHash"),
      event(17, PROCESS, "EventType", "PipeName", "User"),
      event(18, PROCESS, "EventType", "PipeName", "User"),
      event(19, List.of(), "RuleName", "EventType", "UtcTime", "Operation", "User", "EventNamespace", "Name", "Query"),
      event(20, List.of(), "RuleName", "EventType", "UtcTime", "Operation", "User", "Name", "Type", "Destination"),
      event(21, List.of(), "RuleName", "EventType", "UtcTime", "Operation", "User", "Consumer", "Filter"),
      event(22, PROCESS, "QueryName", "QueryStatus", "QueryResults", "User"),
      event(23, FILE_BLOCK, "IsExecutable", "Archived"),
      event(24, PROCESS, "Session", "ClientInfo", "Hashes", "Archived", "User"),
      event(25, PROCESS, "Type", "User"),
      event(26, FILE_BLOCK, "IsExecutable"),
      event(27, FILE_BLOCK),
      event(28, FILE_BLOCK, "IsExecutable"),
      event(29, FILE_BLOCK));

  /** The System fields every Windows event has, as Sigma rules name them. */
  public static final Set<String> ENVELOPE = Set.of("EventID", "EventCode", "Channel", "Computer", "Provider",
      "Provider_Name", "Level", "Task", "Opcode", "Keywords", "TimeCreated", "EventRecordID", "Execution", "Security",
      "Security_UserID", "Message", "Version", "Hostname");

  /** The Sysmon events each Windows category reads (sigma.md §7.1). */
  private static final Map<String, List<Integer>> CATEGORIES = Map.ofEntries(
      Map.entry("process_creation", List.of(1)), Map.entry("file_change", List.of(2)),
      Map.entry("network_connection", List.of(3)), Map.entry("sysmon_status", List.of(4, 16)),
      Map.entry("process_termination", List.of(5)), Map.entry("driver_load", List.of(6)),
      Map.entry("image_load", List.of(7)), Map.entry("create_remote_thread", List.of(8)),
      Map.entry("raw_access_thread", List.of(9)), Map.entry("process_access", List.of(10)),
      Map.entry("file_event", List.of(11)), Map.entry("registry_add", List.of(12)),
      Map.entry("registry_delete", List.of(12)), Map.entry("registry_set", List.of(13)),
      Map.entry("registry_rename", List.of(14)), Map.entry("registry_event", List.of(12, 13, 14)),
      Map.entry("create_stream_hash", List.of(15)), Map.entry("pipe_created", List.of(17, 18)),
      Map.entry("wmi_event", List.of(19, 20, 21)), Map.entry("dns_query", List.of(22)),
      Map.entry("file_delete", List.of(23, 26)), Map.entry("clipboard_capture", List.of(24)),
      Map.entry("process_tampering", List.of(25)), Map.entry("file_delete_detected", List.of(26)),
      Map.entry("file_block_executable", List.of(27)), Map.entry("file_block_shredding", List.of(28)),
      Map.entry("file_executable_detected", List.of(29)));

  /** The data fields of Sysmon event {@code eventId}; empty for a number Sysmon does not write. */
  public static Optional<Set<String>> fields(int eventId) {
    return Optional.ofNullable(FIELDS.get(eventId));
  }

  /**
   * The fields an event of a Windows log-source category carries: its Sysmon events' data fields
   * and the envelope. Empty for a category that is not read from Sysmon.
   */
  public static Optional<Set<String>> fieldsOfCategory(String category) {
    List<Integer> events = CATEGORIES.get(category);
    if (events == null) {
      return Optional.empty();
    }
    Set<String> fields = new LinkedHashSet<>(ENVELOPE);
    events.forEach(e -> fields.addAll(FIELDS.get(e)));
    return Optional.of(Set.copyOf(fields));
  }

  /** The Sysmon events a Windows log-source category reads; empty for one not read from Sysmon. */
  public static List<Integer> events(String category) {
    return CATEGORIES.getOrDefault(category, List.of());
  }

  /** Every data field of every Sysmon event. */
  public static Set<String> allDataFields() {
    Set<String> all = new LinkedHashSet<>();
    FIELDS.values().forEach(all::addAll);
    return all;
  }

  private static Map.Entry<Integer, Set<String>> event(int id, List<String> common, String... own) {
    Set<String> fields = new LinkedHashSet<>(common);
    fields.addAll(List.of(own));
    return Map.entry(id, Set.copyOf(fields));
  }
}
