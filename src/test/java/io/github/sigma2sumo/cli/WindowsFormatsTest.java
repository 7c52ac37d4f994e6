package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Windows format pipelines as a user meets them: each format reads what its shipper writes
 * (judged by {@code sigma2sumo test}, whose renderings write each format independently of the
 * compiler), {@code -p} with a format replaces the default one, the old names still work, and what
 * a format cannot carry is refused with the reason.
 */
class WindowsFormatsTest {

  @TempDir Path dir;

  private CliRun test(String format, String rule, String cases) throws Exception {
    Files.writeString(dir.resolve("r.yml"), rule);
    Files.writeString(dir.resolve("r.tests.yml"), cases);
    return CliRun.of("test", "--target", "search", "-p", format, dir.toString());
  }

  /** Defender writes 'Process Name' and 'Threat Name'; SigmaHQ's rules say ProcessName and ThreatName. */
  @ParameterizedTest
  @ValueSource(strings = {"windows-json", "windows-xml", "windows-otel"})
  void defenderFieldsAreReadUnderTheNamesDefenderWrites(String format) throws Exception {
    CliRun run = test(format, """
        title: Defender Threat In Temp
        id: 11111111-2222-4333-8444-555555555555
        logsource: {product: windows, service: windefend}
        detection:
            selection: {EventID: 1116, ProcessName|endswith: '\\evil.exe', ThreatName|contains: Mimikatz}
            condition: selection
        """, """
        rule: 11111111-2222-4333-8444-555555555555
        tests:
          - name: written with SigmaHQ's names
            expect: match
            events: [{EventID: 1116, Channel: Microsoft-Windows-Windows Defender/Operational, Computer: ws1,
                      ProcessName: 'C:\\Temp\\evil.exe', ThreatName: 'HackTool:Win32/Mimikatz.D'}]
          - name: written with Defender's own names
            expect: match
            events: [{EventID: 1116, Channel: Microsoft-Windows-Windows Defender/Operational, Computer: ws1,
                      'Process Name': 'C:\\Temp\\evil.exe', 'Threat Name': 'HackTool:Win32/Mimikatz.D'}]
          - name: another process
            expect: no-match
            events: [{EventID: 1116, Channel: Microsoft-Windows-Windows Defender/Operational, Computer: ws1,
                      ProcessName: 'C:\\Temp\\good.exe', ThreatName: 'HackTool:Win32/Mimikatz.D'}]
        """);
    assertThat(run.out()).endsWith("3 cases: 3 passed, 0 failed\n");
    assertThat(CliRun.of("compile", "-p", format, dir.resolve("r.yml").toString()).out()).contains("Process Name");
  }

  /** JSON writes Level and the audit Keywords as names; XML as numbers; rules compare numbers. */
  @ParameterizedTest
  @ValueSource(strings = {"windows-json", "windows-xml", "windows-otel"})
  void levelAndAuditKeywordsCompareAsEachFormatWritesThem(String format) throws Exception {
    CliRun run = test(format, """
        title: Errors And Failures
        id: 11111111-2222-4333-8444-555555555556
        logsource: {product: windows, service: security}
        detection:
            failure: {EventID: 4673, Keywords: '0x8010000000000000'}
            error: {EventID: 4674, Level: 2}
            condition: failure or error
        """, """
        rule: 11111111-2222-4333-8444-555555555556
        tests:
          - {name: audit failure, expect: match, events: [{EventID: 4673, Channel: Security, Computer: ws1,
              Keywords: '0x8010000000000000', Level: 0}]}
          - {name: audit success, expect: no-match, events: [{EventID: 4673, Channel: Security, Computer: ws1,
              Keywords: '0x8020000000000000', Level: 0}]}
          - {name: an error, expect: match, events: [{EventID: 4674, Channel: Security, Computer: ws1, Level: 2}]}
          - {name: a warning, expect: no-match, events: [{EventID: 4674, Channel: Security, Computer: ws1, Level: 3}]}
        """);
    assertThat(run.out()).endsWith("4 cases: 4 passed, 0 failed\n");
  }

  /** TerminalServices keeps its fields in UserData/EventXML: JSON reads them there, OTel cannot. */
  @Test
  void userDataFieldsAreReadInJsonAndRefusedByOpenTelemetry() throws Exception {
    String rule = """
        title: RDP From Outside
        id: 11111111-2222-4333-8444-555555555557
        logsource: {product: windows, service: terminalservices-localsessionmanager}
        detection:
            selection: {EventID: 21, Address|startswith: '203.0.113.'}
            condition: selection
        """;
    String cases = """
        rule: 11111111-2222-4333-8444-555555555557
        tests:
          - {name: from outside, expect: match, events: [{EventID: 21, Computer: ws1,
              Channel: Microsoft-Windows-TerminalServices-LocalSessionManager/Operational, Address: 203.0.113.9}]}
          - {name: from inside, expect: no-match, events: [{EventID: 21, Computer: ws1,
              Channel: Microsoft-Windows-TerminalServices-LocalSessionManager/Operational, Address: 10.0.0.9}]}
        """;
    assertThat(test("windows-json", rule, cases).out()).endsWith("2 cases: 2 passed, 0 failed\n");
    assertThat(test("windows-xml", rule, cases).out()).endsWith("2 cases: 2 passed, 0 failed\n");
    CliRun otel = CliRun.of("compile", "-p", "windows-otel", dir.resolve("r.yml").toString());
    assertThat(otel.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(otel.err()).contains("r.yml:5:30: error[compile]: 'Address' cannot be read: the OpenTelemetry "
        + "collector's windowseventlog receiver does not send UserData");
  }

  /**
   * The legacy text: the channel is read from the Logfile property, never from event data that
   * imitates one (the insertion string holds 'Logfile = "System";'); the rest is refused.
   */
  @Test
  void legacyReadsTheSystemPropertiesAndRefusesEventData() throws Exception {
    CliRun run = test("windows-legacy", """
        title: Service Installed
        id: 11111111-2222-4333-8444-555555555558
        logsource: {product: windows, service: system}
        detection:
            selection: {EventID: 7045, Channel: System, Provider_Name: Service Control Manager}
            condition: selection
        """, """
        rule: 11111111-2222-4333-8444-555555555558
        tests:
          - {name: a service installed, expect: match, events: [{EventID: 7045, Channel: System, Computer: ws1,
              Provider_Name: Service Control Manager, ServiceName: x, ImagePath: 'C:\\x.exe'}]}
          - name: an application event imitating one in its data
            expect: no-match
            events: [{EventID: 7045, Channel: Application, Computer: ws1, Provider_Name: Service Control Manager,
                      Data: 'x"; Logfile = "System"; SourceName = "Service Control Manager'}]
        """);
    assertThat(run.out()).endsWith("2 cases: 2 passed, 0 failed\n");
    Files.writeString(dir.resolve("data.yml"), """
        title: Service Path
        logsource: {product: windows, service: system}
        detection:
            selection: {EventID: 7045, ImagePath|contains: '\\Temp\\'}
            keywords: [mimikatz]
            condition: selection or keywords
        """);
    CliRun refused = CliRun.of("compile", "-p", "windows-legacy", dir.resolve("data.yml").toString());
    assertThat(refused.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(refused.err()).contains("data.yml:4:32: error[compile]: 'ImagePath' cannot be read: the legacy "
        + "Windows event format carries the event data only as positional InsertionStrings");
  }

  @Test
  void aFormatReplacesTheDefaultOneAndTheOldNamesStillWork() throws Exception {
    Files.writeString(dir.resolve("p.yml"), """
        title: Proc
        logsource: {product: windows, category: process_creation}
        detection:
            selection: {CommandLine|contains: ' /c '}
            condition: selection
        """);
    String rule = dir.resolve("p.yml").toString();
    String json = CliRun.of("compile", rule).out();
    String xml = CliRun.of("compile", "-p", "windows-xml", rule).out();
    assertThat(json).contains("| json \"EventData.CommandLine\" as CommandLine nodrop").doesNotContain("parse regex");
    assertThat(xml).contains("| parse regex \"<Data Name=").doesNotContain("| json");
    assertThat(CliRun.of("compile", "-p", "windows-sysmon-xml", rule).out()).isEqualTo(xml);
    assertThat(CliRun.of("compile", "-p", "windows-sysmon-json", rule).out()).isEqualTo(json);
    assertThat(CliRun.of("compile", "-p", "windows-json", rule).out()).isEqualTo(json);
    assertThat(CliRun.of("compile", "-p", "windows-otel", rule).out())
        .contains("sumo.datasource=windows AND \"Microsoft-Windows-Sysmon/Operational\"", "json \"event_data.CommandLine\"");
    CliRun cse = CliRun.of("compile", "--target", "cse", "-p", "windows-xml", rule);
    assertThat(cse.err()).contains("windows-xml: warning: left out: it shapes log searches, and this run compiles for cse");
    assertThat(cse.out()).isEqualTo(CliRun.of("compile", "--target", "cse", rule).out());
  }

  /** The README's sample of the first command's output is what the first command prints. */
  @Test
  void theReadmeSampleIsRealOutput() throws Exception {
    Path root = Path.of(System.getProperty("project.root", "."));
    String readme = Files.readString(root.resolve("README.md"));
    int start = readme.indexOf("```\n// Rclone Configuration File Written") + 4;
    String sample = readme.substring(start, readme.indexOf("```", start));
    String out = CliRun.of("compile", root.resolve("rules/t1567.002/file_event_win_rclone_config_drop.yml").toString())
        .out();
    assertThat(out).startsWith(sample.strip()).contains("| json \"EventData.TargetFilename\"");
  }

  /** docs/pipelines.md shows each format's raw message as the renderings write it (golden files). */
  @Test
  void theDocsShowEachFormatAsTheRenderingsWriteIt() throws Exception {
    Path root = Path.of(System.getProperty("project.root", "."));
    String doc = Files.readString(root.resolve("docs/pipelines.md"));
    String golden = Files.readString(root.resolve("src/test/resources/golden/render/windows/security-4648-sigma.txt"))
        .replace("\r", "");
    for (String rendering : new String[] {"windows-json", "windows-legacy", "windows-otel-json", "windows-xml"}) {
      int at = golden.indexOf("== " + rendering + "\n") + rendering.length() + 4;
      String message = golden.substring(at, golden.indexOf("\n== ", at)).strip();
      assertThat(doc).as(rendering).contains("```\n" + message + "\n```");
    }
  }
}
