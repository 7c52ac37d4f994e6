package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} with a settings file, inline suppressions, {@code --statistics} and {@code --stdin-filename}. */
class LintSettingsTest {

  @TempDir Path dir;

  private Path query() throws Exception {
    return Files.writeString(dir.resolve("q.sumo"), """
        _sourceCategory=proxy
        | where host = "*.dropbox.com" // sigma2sumo-ignore: wildcard-equals a literal star is meant
        | where host = "*.box.com"
        """);
  }

  @Test
  void commentsSilenceTheirLineAndTheSummaryCountsThem() throws Exception {
    CliRun run = CliRun.of("lint", "--no-config", query().toString());
    assertThat(run.out()).contains("q.sumo:3:").doesNotContain("q.sumo:2:")
        .contains("1 warning in 1 file (1 suppressed)");
    assertThat(CliRun.of("lint", "--no-config", "--no-ignore", query().toString()).out())
        .contains("q.sumo:2:").contains("q.sumo:3:");
  }

  @Test
  void aSettingsFileSetsSeveritiesAndIgnores() throws Exception {
    Path config = Files.writeString(dir.resolve("settings.yml"), "severity: {wildcard-equals: error}\n");
    CliRun run = CliRun.of("lint", "--config", config.toString(), query().toString());
    assertThat(run.out()).contains("error[wildcard-equals]");
    assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
    Path off = Files.writeString(dir.resolve("off.yml"), "per-file-ignores: {'*.sumo': [wildcard-equals]}\n");
    CliRun quiet = CliRun.of("lint", "--config", off.toString(), query().toString());
    assertThat(quiet.out()).startsWith("no findings in 1 file");
    assertThat(quiet.code()).isZero();
  }

  @Test
  void aBrokenSettingsFileStopsTheRunWithItsPosition() throws Exception {
    Path config = Files.writeString(dir.resolve("bad.yml"), "ignore: [x]\nseverity: {wildcard-equals: loud}\n");
    CliRun run = CliRun.of("lint", "--config", config.toString(), query().toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("bad.yml:2:29: error[config]: a severity is error, warning, note or off")
        .contains("bad.yml:1:10: warning[config]: no check is named 'x'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void statisticsCountFindingsPerCheck() throws Exception {
    Path q = Files.writeString(dir.resolve("s.sumo"), "* | where a = \"b*\" | where c = \"d*\" | stats count by a\n");
    CliRun run = CliRun.of("lint", "--no-config", "--statistics", q.toString());
    assertThat(run.out()).isEqualTo("2  wildcard-equals   warning\n1  foreign-operator  error\n1 error, 2 warnings in 1 file\n");
    assertThat(CliRun.of("lint", "--no-config", "--statistics", "--format", "json", q.toString()).out())
        .contains("{\"check\": \"wildcard-equals\", \"severity\": \"warning\", \"count\": 2}");
    assertThat(CliRun.of("lint", "--statistics", "--format", "sarif", q.toString()).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void standardInputIsLintedAsTheNamedFile() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(("title: t\nlogsource: {category: process_creation, product: windows}\n"
          + "detection:\n  sel: {CommandLin|contains: rclone}\n  condition: sel\n").getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.of("lint", "--no-config", "--stdin-filename", "rules/new.yml", "-");
      assertThat(run.out()).contains("rules/new.yml:4:9: warning[sigma-field]");
    } finally {
      System.setIn(saved);
    }
  }
}
