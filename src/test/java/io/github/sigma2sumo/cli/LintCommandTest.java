package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wiring of `sigma2sumo lint`: exit codes, formats, unreadable input. */
class LintCommandTest {

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void cleanQuery_exitsZero() throws Exception {
    Path f = Files.writeString(dir.resolve("ok.sumo"), "_sourceCategory=x | count by host");
    assertThat(run("lint", f.toString()).code()).isZero();
  }

  @Test
  void splunkEval_exitsOne_withLocationAndFix() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.sumo"), "x\n| eval y = 1");
    CliRun r = run("lint", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("bad.sumo:2:3: error[foreign-operator]").contains("= fix:");
  }

  @Test
  void anIdUsedAgainIsReportedAtEveryLaterUse_inInputOrder() throws Exception {
    // enough files for every core to take some: the first in input order keeps the id
    for (int i = 0; i < 300; i++) {
      Files.writeString(dir.resolve(String.format("rule%03d.yml", i)), """
          title: Rule %d
          id: 44444444-4444-4444-8444-444444444444
          status: test
          level: low
          logsource: {category: process_creation, product: windows}
          detection:
              selection: {CommandLine|contains: 'x%d'}
              condition: selection
          """.formatted(i, i));
    }
    CliRun r = run("lint", "--format", "json", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    String first = dir.resolve("rule000.yml") + ":2";
    long duplicates = r.out().lines().filter(l -> l.contains("is also the id of the rule at " + first)).count();
    assertThat(duplicates).isEqualTo(299);
    // reported at the id, on line 2, not where the rule starts
    assertThat(r.out()).contains("\"line\" : 2,");
    assertThat(r.out()).doesNotContain("is also the id of the rule at " + dir.resolve("rule001.yml"));
  }

  @Test
  void lintOfASigmaRuleReportsWhatCompileWouldRefuse() throws Exception {
    Path rule = Files.writeString(dir.resolve("lookaround.yml"), """
        title: Look-around
        id: 55555555-5555-4555-8555-555555555555
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {CommandLine|re: 'foo(?=bar)'}
            condition: selection
        """);
    CliRun lint = run("lint", rule.toString());
    assertThat(lint.code()).isEqualTo(1);
    assertThat(lint.out()).contains("lookaround.yml:5:17: error[compile]: the regex 'foo(?=bar)' cannot run in Sumo");
    assertThat(run("compile", rule.toString()).err()).contains("lookaround.yml:5:17: error[compile]");
  }

  @Test
  void aTagSuggestionComesFromTheRuleOrNowhere() throws Exception {
    Path named = Files.writeString(dir.resolve("named.yml"), """
        title: Exfiltration To Cloud Storage
        id: 66666666-6666-4666-8666-666666666666
        references: [https://attack.mitre.org/techniques/T1048/003/]
        description: Also T1020.
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {CommandLine|contains: 'x'}
            condition: selection
        """);
    assertThat(run("lint", named.toString()).out()).contains("the rule has no tags; give at least its ATT&CK technique "
        + "and tactic, such as attack.t1020, attack.t1048.003, which the rule names");
    Path plain = Files.writeString(dir.resolve("plain.yml"), """
        title: Something
        id: 77777777-7777-4777-8777-777777777777
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {CommandLine|contains: 'x'}
            condition: selection
        """);
    assertThat(run("lint", plain.toString()).out()).contains("(attack.t<number> and attack.<tactic>)")
        .doesNotContain("t1102").doesNotContain("t1567");
  }

  @Test
  void aFindingAboutTheLogSourcePointsAtThatKey() throws Exception {
    Path rule = Files.writeString(dir.resolve("unknown_source.yml"), """
        title: Unknown Source
        id: 88888888-8888-4888-8888-888888888888
        status: test
        logsource:
            product: zos
        detection:
            selection: {Job: 'x'}
            condition: selection
        """);
    assertThat(run("compile", rule.toString()).err()).contains("unknown_source.yml:4:1: warning[compile]: no pipeline "
        + "gives a search scope for logsource (product: zos)");
  }

  @Test
  void failOnNever_exitsZero() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.sumo"), "x | eval y = 1");
    assertThat(run("lint", "--fail-on", "never", f.toString()).code()).isZero();
  }

  @Test
  void jsonFormat_listsFields() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.sumo"), "x | eval y = 1");
    assertThat(run("lint", "--format", "json", f.toString()).out())
        .contains("\"check\" : \"foreign-operator\"").contains("\"endColumn\"");
  }

  @Test
  void sarifFormat_isVersion210() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.sumo"), "x | eval y = 1");
    assertThat(run("lint", "--format", "sarif", f.toString()).out())
        .contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"foreign-operator\"");
  }

  @Test
  void binaryAndMissingFiles_exitTwo() throws Exception {
    Path f = Files.write(dir.resolve("bin.sumo"), new byte[] {1, 0, 2});
    CliRun r = run("lint", f.toString(), dir.resolve("missing.sumo").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("binary file").contains("no such file");
  }

  @Test
  void invalidUtf8_exitsTwo() throws Exception {
    Path f = Files.write(dir.resolve("latin1.sumo"), new byte[] {'a', (byte) 0xE9, 'b'});
    assertThat(run("lint", f.toString()).err()).contains("not valid UTF-8");
  }

  @Test
  void unknownOption_isUsageError() {
    assertThat(run("lint", "--bogus").code()).isEqualTo(2);
  }

  @Test
  void cseFilesAndDialect_areLintedAsCloudSiem() throws Exception {
    Path f = Files.writeString(dir.resolve("rule.cse"), "metadata_product = 'Windows'\nAND CommandLine = '*whoami*'");
    CliRun r = run("lint", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("rule.cse:2:5: error[cse-unknown-field]").contains("rule.cse:2:19: error[cse-wildcard-literal]");
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("lower(commandLine) LIKE '%whoami%'".getBytes()));
      assertThat(run("lint", "--dialect", "cse", "-").code()).isZero();
      System.setIn(new java.io.ByteArrayInputStream("commandLine = 'x' // note".getBytes()));
      assertThat(run("lint", "--dialect", "cse", "-").out()).contains("-:1:19: error[cse-syntax]");
      System.setIn(new java.io.ByteArrayInputStream("commandLine = 'x' // note".getBytes()));
      assertThat(run("lint", "-").out()).doesNotContain("cse-");
    } finally {
      System.setIn(stdin);
    }
    assertThat(run("lint", "--format", "sarif", f.toString()).out()).contains("\"id\" : \"cse-case-sensitive\"");
  }
}
