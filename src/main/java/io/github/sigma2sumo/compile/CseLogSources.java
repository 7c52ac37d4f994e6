package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.sigma.LogSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Sigma log source is in Cloud SIEM: the {@code metadata_vendor} and
 * {@code metadata_product} that Sumo's parsers set, the Windows channel that prefixes event ids
 * ({@code metadata_deviceEventId = 'Security-4624'}), and for Windows categories the events that
 * carry them. Sources: reference sumo-cloud-siem.md §2.5 (how Sumo's built-in rules scope) and
 * §8.1/§8.3 (the official backend's table, whose strings the built-in rules confirm).
 */
final class CseLogSources {
  private CseLogSources() {}

  record Product(String vendor, String product) {}

  private static final Map<String, Product> PRODUCTS = Map.ofEntries(
      Map.entry("windows", new Product("Microsoft", "Windows")),
      Map.entry("azure", new Product("Microsoft", "Azure")),
      Map.entry("m365", new Product("Microsoft", "Office 365")),
      Map.entry("office365", new Product("Microsoft", "Office 365")),
      Map.entry("gcp", new Product("Google", "Google Cloud Platform")),
      Map.entry("google_workspace", new Product("Google", "Google Workspace")),
      Map.entry("gsuite", new Product("Google", "Google Workspace")),
      Map.entry("okta", new Product("Okta", "Single Sign-On")),
      Map.entry("github", new Product("GitHub", "GitHub")),
      Map.entry("fortigate", new Product("Fortinet", "Fortigate")),
      Map.entry("kubernetes", new Product("Kubernetes", "Kubernetes")));

  /** AWS products by Sigma service. */
  private static final Map<String, Product> AWS = Map.of(
      "cloudtrail", new Product("Amazon AWS", "CloudTrail"),
      "vpcflowlogs", new Product("Amazon AWS", "VpcFlowLogs"),
      "guardduty", new Product("Amazon AWS", "GuardDuty"));

  /** Windows event channels by Sigma service. */
  private static final Map<String, String> CHANNELS = Map.ofEntries(
      Map.entry("security", "Security"),
      Map.entry("system", "System"),
      Map.entry("application", "Application"),
      Map.entry("sysmon", "Microsoft-Windows-Sysmon/Operational"),
      Map.entry("powershell", "Microsoft-Windows-PowerShell/Operational"),
      Map.entry("powershell-classic", "Windows PowerShell"),
      Map.entry("taskscheduler", "Microsoft-Windows-TaskScheduler/Operational"),
      Map.entry("wmi", "Microsoft-Windows-WMI-Activity/Operational"),
      Map.entry("bits-client", "Microsoft-Windows-Bits-Client/Operational"),
      Map.entry("windefend", "Microsoft-Windows-Windows Defender/Operational"),
      Map.entry("firewall-as", "Microsoft-Windows-Windows Firewall With Advanced Security/Firewall"),
      Map.entry("codeintegrity-operational", "Microsoft-Windows-CodeIntegrity/Operational"),
      Map.entry("dns-server", "DNS Server"),
      Map.entry("driver-framework", "Microsoft-Windows-DriverFrameworks-UserMode/Operational"),
      Map.entry("ntlm", "Microsoft-Windows-NTLM/Operational"),
      Map.entry("terminalservices-localsessionmanager",
          "Microsoft-Windows-TerminalServices-LocalSessionManager/Operational"),
      Map.entry("applocker", "Microsoft-Windows-AppLocker/EXE and DLL"));

  private static final String SYSMON = "Microsoft-Windows-Sysmon/Operational-";

  /** The events of a Windows category: Sysmon's, and Security 4688 for process creation. */
  private static final Map<String, List<String>> WINDOWS_EVENTS = Map.ofEntries(
      Map.entry("process_creation", List.of(SYSMON + "1", "Security-4688")),
      Map.entry("file_change", List.of(SYSMON + "2")),
      Map.entry("network_connection", List.of(SYSMON + "3")),
      Map.entry("process_termination", List.of(SYSMON + "5")),
      Map.entry("driver_load", List.of(SYSMON + "6")),
      Map.entry("image_load", List.of(SYSMON + "7")),
      Map.entry("create_remote_thread", List.of(SYSMON + "8")),
      Map.entry("raw_access_thread", List.of(SYSMON + "9")),
      Map.entry("process_access", List.of(SYSMON + "10")),
      Map.entry("file_event", List.of(SYSMON + "11")),
      Map.entry("registry_add", List.of(SYSMON + "12")),
      Map.entry("registry_delete", List.of(SYSMON + "12")),
      Map.entry("registry_set", List.of(SYSMON + "13")),
      Map.entry("registry_rename", List.of(SYSMON + "14")),
      Map.entry("registry_event", List.of(SYSMON + "12", SYSMON + "13", SYSMON + "14")),
      Map.entry("create_stream_hash", List.of(SYSMON + "15")),
      Map.entry("pipe_created", List.of(SYSMON + "17", SYSMON + "18")),
      Map.entry("wmi_event", List.of(SYSMON + "19", SYSMON + "20", SYSMON + "21")),
      Map.entry("dns_query", List.of(SYSMON + "22")),
      Map.entry("file_delete", List.of(SYSMON + "23", SYSMON + "26")),
      Map.entry("clipboard_capture", List.of(SYSMON + "24")),
      Map.entry("process_tampering", List.of(SYSMON + "25")));

  static Optional<Product> product(LogSource source) {
    String product = source.product().orElse("");
    if (product.equals("aws")) {
      return source.service().map(AWS::get);
    }
    return Optional.ofNullable(PRODUCTS.get(product));
  }

  static boolean isWindows(LogSource source) {
    return source.product().filter("windows"::equals).isPresent();
  }

  /** The channel of a Windows service, which prefixes its event ids. */
  static Optional<String> channel(LogSource source) {
    return isWindows(source) ? source.service().map(CHANNELS::get) : Optional.empty();
  }

  /** The {@code metadata_deviceEventId} values of a Windows category's events; empty when not known. */
  static List<String> windowsEvents(LogSource source) {
    return isWindows(source) ? source.category().map(c -> WINDOWS_EVENTS.getOrDefault(c, List.of())).orElse(List.of())
        : List.of();
  }
}
