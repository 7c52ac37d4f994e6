package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --fix} and {@code --diff}: certain fixes only, written in place as the file was. */
class LintFixTest {

  @TempDir Path dir;

  @Test
  void certainFixesAreWrittenKeepingModeLineEndsAndBom() throws Exception {
    Path q = dir.resolve("q.sumo");
    String text = "\uFEFF_sourceCategory=proxy\r\n| eval size = len(url)\r\n| stats count by size\r\n"
        + "| where host = \"*.box.com\"\r\n";
    Files.write(q, text.getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(q, PosixFilePermissions.fromString("rw-r-----"));
    CliRun run = CliRun.of("lint", "--no-config", "--fix", q.toString());
    assertThat(Files.readString(q)).isEqualTo("\uFEFF_sourceCategory=proxy\r\n| len(url) as size\r\n"
        + "| count by size\r\n| where host = \"*.box.com\"\r\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(q))).isEqualTo("rw-r-----");
    assertThat(run.out()).contains("warning[wildcard-equals]").doesNotContain("foreign-operator")
        .contains("1 warning in 1 file (2 fixed)");
    assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
    CliRun again = CliRun.of("lint", "--no-config", "--fix", q.toString());
    assertThat(again.out()).doesNotContain("fixed");
  }

  @Test
  void diffShowsTheFixesAndWritesNothing() throws Exception {
    Path q = Files.writeString(dir.resolve("q.sumo"), "* | stats count by h\n| table h\n");
    CliRun run = CliRun.of("lint", "--no-config", "--diff", q.toString());
    assertThat(run.out()).isEqualTo("--- a/" + q + "\n+++ b/" + q + "\n@@ -1,2 +1,2 @@\n-* | stats count by h\n"
        + "+* | count by h\n | table h\n");
    assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(Files.readString(q)).isEqualTo("* | stats count by h\n| table h\n");
    Path clean = Files.writeString(dir.resolve("c.sumo"), "* | count by h\n");
    assertThat(CliRun.of("lint", "--no-config", "--diff", clean.toString()).code()).isZero();
  }

  @Test
  void aSuppressedFindingIsNotFixed() throws Exception {
    Path q = Files.writeString(dir.resolve("q.sumo"),
        "* | stats count by h // sigma2sumo-ignore: foreign-operator kept for the migration script\n");
    CliRun.of("lint", "--no-config", "--fix", q.toString());
    assertThat(Files.readString(q)).startsWith("* | stats count by h");
  }

  /** Cloud SIEM: a field spelt in the wrong case and an unquoted word of an IN list are fixed for certain. */
  @Test
  void cloudSiemSpellingAndInWordsAreFixed() throws Exception {
    Path e = Files.writeString(dir.resolve("r.cse"),
        "lower(commandline) LIKE '%-enc%' AND http_method IN (post, 'put', patch)\n");
    CliRun run = CliRun.of("lint", "--no-config", "--fix", e.toString());
    assertThat(Files.readString(e)).isEqualTo("lower(commandLine) LIKE '%-enc%' AND http_method IN ('post', 'put', 'patch')\n");
    assertThat(run.out()).contains("(3 fixed)");
  }
}
