package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sigma2sumo.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sigma2sumo test}: the flagship rules' cases, reports, failures and bad input. */
class TestCommandTest {
  private static final Path PROJECT = Path.of(System.getProperty("project.root", "."));
  private static final Path GOLDEN = Golden.ROOT.resolve("test");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void everyFlagshipRuleHasMatchingAndNearMissCasesThatPassOnBothTargets() throws Exception {
    CliRun run = CliRun.of("test", "--format", "json", PROJECT.resolve("rules").toString());
    assertThat(run.code()).as(run.out()).isZero();
    JsonNode report = JSON.readTree(run.out());
    Map<String, Set<String>> expectations = new HashMap<>();
    for (JsonNode c : report.get("cases")) {
      assertThat(c.get("passed").asBoolean()).as(c.toString()).isTrue();
      assertThat(c.get("judgements")).extracting(j -> j.get("evaluator").asText())
          .containsExactly("sigma", "search", "cse");
      expectations.computeIfAbsent(c.get("rule").asText(), r -> new HashSet<>()).add(c.get("expect").asText());
    }
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.walk(PROJECT.resolve("rules"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml") && !p.toString().endsWith(".tests.yml")).toList()) {
        Matcher m = Pattern.compile("(?m)^id: (\\S+)").matcher(Files.readString(f));
        if (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    for (String id : ids) {
      assertThat(expectations.get(id)).as("cases of rule %s", id).contains("match", "no match");
    }
  }

  @Test
  void theJunitReportOfTheFlagshipCasesIsDeterministicAndGolden() {
    CliRun run = CliRun.of("test", "--format", "junit", "rules");
    assertThat(run.code()).isZero();
    Golden.assertMatches(GOLDEN.resolve("rules.junit.xml"), run.out());
    assertThat(CliRun.of("test", "--format", "junit", "rules").out()).isEqualTo(run.out());
  }

  private Path rule() throws Exception {
    return Files.writeString(dir.resolve("rule.yml"), """
        title: Rclone Config
        id: 11111111-1111-4111-8111-111111111111
        logsource: {category: file_event, product: windows}
        detection:
            selection: {TargetFilename|endswith: '\\\\rclone.conf'}
            condition: selection
        """);
  }

  @Test
  void aCaseThatFailsSaysWhatEachEvaluatorFoundAndExitsOne() throws Exception {
    rule();
    Files.writeString(dir.resolve("rule.tests.yml"), """
        rule: 11111111-1111-4111-8111-111111111111
        tests:
          - name: wrongly expected to match
            expect: match
            events:
              - {EventID: 11, Channel: Microsoft-Windows-Sysmon/Operational, Computer: ws1,
                 Image: 'C:\\x.exe', TargetFilename: 'C:\\rclone.conf.bak'}
        """);
    CliRun run = CliRun.of("test", "--explain", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).contains("FAIL  " + dir.resolve("rule.tests.yml") + ":3  wrongly expected to match  [Rclone Config]")
        .contains("      expected: match\n")
        .contains("      sigma  unexpected: matched 0 of 1 event\n")
        .contains("      search unexpected: matched 0 of 1 event\n")
        .contains("      cse    unexpected: matched 0 of 1 event\n")
        .contains("TargetFilename|endswith: false (the event has 'C:\\rclone.conf.bak')")
        .contains("      event 1: {EventID: 11,")
        .endsWith("1 case: 0 passed, 1 failed\n");
  }

  @Test
  void aCaseNamingNoRuleOrBrokenIsAnErrorOfThatCaseAndTheOthersRun() throws Exception {
    rule();
    Files.writeString(dir.resolve("more.tests.yml"), """
        rule: no-such-rule
        tests:
          - name: orphan
            expect: match
            events: [{a: 1}]
          - name: broken
            expect: maybe
            events: [{a: 1}]
          - name: fine
            rule: 11111111-1111-4111-8111-111111111111
            expect: no-match
            events: [{EventID: 11, Channel: Microsoft-Windows-Sysmon/Operational, TargetFilename: 'C:\\a.txt'}]
        """);
    CliRun run = CliRun.of("test", "--format", "junit", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).contains("tests=\"3\" failures=\"0\" errors=\"2\"")
        .contains("<error message=\"no rule or correlation with the id, name or title &quot;no-such-rule&quot;"
            .replace("&quot;no-such-rule&quot;", "'no-such-rule'"))
        .contains("<error message=\"expect is match, no-match or {count: N}\" type=\"case\"/>")
        .contains("name=\"fine\" file=");
  }

  @Test
  void noCaseIsAUsageErrorAndTheReportCanGoToAFile() throws Exception {
    rule();
    CliRun none = CliRun.of("test", dir.toString());
    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("error: no test case found in " + dir);
    Files.writeString(dir.resolve("rule.tests.yml"), """
        rule: Rclone Config
        tests:
          - {name: drop, expect: match, events: [{EventID: 11, Channel: Microsoft-Windows-Sysmon/Operational,
             TargetFilename: 'C:\\Users\\a\\rclone.conf'}]}
        """);
    Path report = dir.resolve("report.xml");
    CliRun toFile = CliRun.of("test", "--format", "junit", "-o", report.toString(), "--target", "search", dir.toString());
    assertThat(toFile.code()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(toFile.err()).isEqualTo("1 case: 1 passed, 0 failed\n");
    assertThat(Files.readString(report)).startsWith("<?xml").contains("tests=\"1\" failures=\"0\" errors=\"0\"");
  }
}
