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
    String first = dir.resolve("rule000.yml") + ":1";
    long duplicates = r.out().lines().filter(l -> l.contains("is also the id of the rule at " + first)).count();
    assertThat(duplicates).isEqualTo(299);
    assertThat(r.out()).doesNotContain("is also the id of the rule at " + dir.resolve("rule001.yml"));
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
