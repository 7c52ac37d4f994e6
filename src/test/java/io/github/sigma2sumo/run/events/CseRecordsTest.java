package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CseRecordsTest {

  private static YMap record(String sigmaJson) {
    return CseRecords.normalize(WindowsEvent.fromSigmaFields(WindowsEventTest.json(sigmaJson)).value()).value();
  }

  private static String text(YMap m, String key) {
    return YNodes.scalarAt(m, key).orElseThrow(() -> new AssertionError("no " + key)).text();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "Microsoft-Windows-Sysmon/Operational, 1, Windows - Microsoft-Windows-Sysmon/Operational - 1",
      "Microsoft-Windows-Sysmon/Operational, 13, 'Windows - Microsoft-Windows-Sysmon/Operational - 12, 13, and 14'",
      "Microsoft-Windows-Sysmon/Operational, 14, 'Windows - Microsoft-Windows-Sysmon/Operational - 12, 13, and 14'",
      "Microsoft-Windows-Sysmon/Operational, 22, Windows - Microsoft-Windows-Sysmon/Operational - 22",
      "Security, 4624, Windows - Security - 4624",
      "Security, 4625, Windows - Security - 4625",
      "Security, 4634, Windows - Security - Default",
      "Security, 46240, Windows - Security - Default",
      "System, 7045, Windows - System - 7045",
      "Microsoft-Windows-PowerShell/Operational, 4104, Windows - Microsoft-Windows-PowerShell/Operational - 4104",
      "microsoft-windows-powershell/operational, 4104, Windows - Microsoft-Windows-PowerShell/Operational - 4104",
  })
  void theMappingIsChosenByTheWholeDeviceEventId(String channel, int id, String mapper) {
    YMap r = record("{\"Channel\": \"" + channel + "\", \"EventID\": " + id + "}");
    assertThat(text(r, "metadata_mapperName")).isEqualTo(mapper);
    assertThat(text(r, "metadata_deviceEventId")).isEqualTo(channel + "-" + id);
    assertThat(text(r, "metadata_vendor")).isEqualTo("Microsoft");
    assertThat(text(r, "metadata_product")).isEqualTo("Windows");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"Microsoft-Windows-Sysmon/Operational, 100", "Microsoft-Windows-Sysmon/Operational, 2",
      "Application, 1000", "System, 104"})
  void noMapping_noRecord(String channel, int id) {
    Outcome<YMap> r = CseRecords.normalize(WindowsEvent.fromSigmaFields(
        WindowsEventTest.json("{\"Channel\": \"" + channel + "\", \"EventID\": " + id + "}")).value());
    assertThat(r.message()).isEqualTo("Cloud SIEM's catalog has no mapping for " + channel + "-" + id
        + ", so it builds no record for the event");
  }

  @Test
  void sysmonProcessCreation_mapsItsFields() {
    YMap r = record("""
        {"Channel": "Microsoft-Windows-Sysmon/Operational", "EventID": 1, "Computer": "h", "Level": 4,
         "Image": "C:\\\\a.exe", "ParentImage": "C:\\\\p.exe", "CommandLine": "a -x", "ProcessId": "42",
         "ParentProcessId": "0x10", "User": "D\\\\u", "Hashes": "MD5=AB,SHA256=CD", "Security_UserID": "S-1-5-18"}""");
    assertThat(text(r, "baseImage")).isEqualTo("C:\\a.exe");
    assertThat(text(r, "parentBaseImage")).isEqualTo("C:\\p.exe");
    assertThat(text(r, "commandLine")).isEqualTo("a -x");
    assertThat(text(r, "device_hostname")).isEqualTo("h");
    assertThat(text(r, "user_username")).isEqualTo("D\\u");
    assertThat(text(r, "user_userId")).isEqualTo("S-1-5-18");
    assertThat(text(r, "file_hash_md5")).isEqualTo("AB");
    assertThat(text(r, "file_hash_sha256")).isEqualTo("CD");
    assertThat(r.get("file_hash_sha1")).isEmpty();
    assertThat(YNodes.scalarAt(r, "pid").orElseThrow().value()).isEqualTo(new BigDecimal(42));
    assertThat(YNodes.scalarAt(r, "parentPid").orElseThrow().value()).isEqualTo("0x10");
    assertThat(text(r, "severity")).isEqualTo("4");
    assertThat(r.get("normalizedSeverity")).as("a lookup the catalog does not publish").isEmpty();
    assertThat(r.get("timestamp")).isEmpty();
    YMap fields = YNodes.mapAt(r, "fields").orElseThrow();
    assertThat(text(fields, "EventData.Image")).isEqualTo("C:\\a.exe");
    assertThat(text(fields, "Channel")).isEqualTo("Microsoft-Windows-Sysmon/Operational");
    assertThat(text(fields, "Security.UserID")).isEqualTo("S-1-5-18");
    for (YNode v : fields.entries().values().stream().map(e -> e.value()).toList()) {
      assertThat(((io.github.sigma2sumo.sigma.YamlTree.YScalar) v).value()).isInstanceOf(String.class);
    }
  }

  @Test
  void sysmonNetwork_hasNoDeviceHostname_asTheCatalogSays() {
    YMap r = record("""
        {"Channel": "Microsoft-Windows-Sysmon/Operational", "EventID": 3, "Computer": "h",
         "DestinationPort": "443", "DestinationHostname": "example.com"}""");
    assertThat(r.get("device_hostname")).isEmpty();
    assertThat(text(r, "dstDevice_hostname")).isEqualTo("example.com");
    assertThat(YNodes.scalarAt(r, "dstPort").orElseThrow().value()).isEqualTo(new BigDecimal(443));
  }

  @Test
  void staticBooleans_areBooleans() {
    YMap r = record("{\"Channel\": \"Security\", \"EventID\": 4624, \"TargetUserName\": \"bob\"}");
    assertThat(YNodes.scalarAt(r, "success").orElseThrow().value()).isEqualTo(Boolean.TRUE);
    assertThat(text(r, "user_username")).isEqualTo("bob");
  }

  @Test
  void otherSources_areRefused_andWindowsNeedsChannelAndId() {
    SourceEvent flat = FlatRecord.fromSigmaFields(WindowsEventTest.json("{\"a\": 1}")).value();
    assertThat(CseRecords.normalize(flat).message()).contains("Windows and web proxy events only");
    assertThat(CseRecords.normalize(flat, "firewall").message()).endsWith("of category firewall");
    assertThat(CseRecords.normalize(WindowsEvent.fromSigmaFields(WindowsEventTest.json("{\"EventID\": 1}")).value())
        .message()).isEqualTo("a Windows event needs Channel and EventID for Cloud SIEM to map it");
  }

  @Test
  void everyMappingCitesACatalogFile() throws Exception {
    String yaml = new String(CseRecords.class.getResourceAsStream("cse-windows.yml").readAllBytes());
    long mappings = yaml.lines().filter(l -> l.startsWith("  - name: ")).count();
    long sources = yaml.lines().filter(l -> l.matches("    source: mappings/[0-9a-f-]+\\.md")).count();
    assertThat(mappings).isEqualTo(sources).isEqualTo(CseRecords.windowsMappingNames().size()).isEqualTo(26);
  }
}
