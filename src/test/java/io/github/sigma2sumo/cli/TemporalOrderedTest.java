package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * temporal_ordered: "an event of A, then one of B" within the window, on the Sigma rule, the log
 * search and the Cloud SIEM chain rule alike. The log search compared the first event of each rule,
 * so B at 1 s, A at 5 s, B at 10 s (A then B: a match) gave no row.
 */
class TemporalOrderedTest {

  @TempDir Path dir;

  private static String rule(String name, String id, String image) {
    return """
        title: Rule %s
        id: %s
        name: %s
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {Image|endswith: '\\\\%s'}
            condition: selection
        ---
        """.formatted(name, id, name, image);
  }

  private static String event(String time, String image) {
    return """
              - time: %s
                event: {EventID: 1, Channel: Microsoft-Windows-Sysmon/Operational, Computer: ws1, User: 'EX\\\\a',
                        Image: 'C:\\\\Windows\\\\%s', CommandLine: '%s'}
        """.formatted(time, image, image);
  }

  @Test
  void anEventOfTheFirstRuleThenOneOfTheSecondFiresWhateverCameBefore() throws Exception {
    Files.writeString(dir.resolve("rules.yml"), rule("a", "11111111-1111-4111-8111-111111111111", "a.exe")
        + rule("b", "22222222-2222-4222-8222-222222222222", "b.exe") + """
        title: A Then B
        id: 33333333-3333-4333-8333-333333333333
        correlation:
            type: temporal_ordered
            rules: [a, b]
            group-by: [User]
            timespan: 1h
        """);
    Files.writeString(dir.resolve("rules.tests.yml"), "rule: A Then B\ntests:\n"
        + "  - name: B, A, B\n    expect: match\n    events:\n"
        + event("2026-11-22T10:00:01Z", "b.exe") + event("2026-11-22T10:00:05Z", "a.exe")
        + event("2026-11-22T10:00:10Z", "b.exe")
        + "  - name: B, then A only\n    expect: no-match\n    events:\n"
        + event("2026-11-22T10:00:01Z", "b.exe") + event("2026-11-22T10:00:05Z", "a.exe"));
    CliRun run = CliRun.of("test", dir.toString());
    assertThat(run.out()).endsWith("2 cases: 2 passed, 0 failed\n");
    assertThat(run.code()).isZero();
  }

  @Test
  void threeRulesInOrderAreCheckedPairByPairAndTheCompilerSaysSo() throws Exception {
    Path file = Files.writeString(dir.resolve("three.yml"), rule("a", "11111111-1111-4111-8111-111111111111", "a.exe")
        + rule("b", "22222222-2222-4222-8222-222222222222", "b.exe")
        + rule("c", "44444444-4444-4444-8444-444444444444", "c.exe") + """
        title: A Then B Then C
        id: 33333333-3333-4333-8333-333333333333
        correlation:
            type: temporal_ordered
            rules: [a, b, c]
            timespan: 1h
        """);
    CliRun compile = CliRun.of("compile", file.toString());
    assertThat(compile.out()).contains("sigma_first_1 <= sigma_last_2 and sigma_first_2 <= sigma_last_3");
    assertThat(compile.err()).contains("warning[compile]: a log search checks the order of 3 rules pair by pair");
  }
}
