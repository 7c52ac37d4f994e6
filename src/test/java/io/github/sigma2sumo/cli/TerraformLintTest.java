package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint} on Terraform: the queries of Sumo Logic resources, each finding at the line and
 * column of the {@code .tf} file, through a quoted string's escapes and interpolations, an indented
 * heredoc and an object written with {@code jsonencode}; what the pack writes reads back clean.
 */
class TerraformLintTest {
  private static final String FIXTURE = "src/test/resources/io/github/sigma2sumo/content/monitors.tf";

  @TempDir Path dir;

  @Test
  void findingsPointIntoTheTerraformFile() {
    CliRun run = CliRun.of("lint", "--quiet", "--verbose", FIXTURE);
    assertThat(run.out()).isEqualTo(String.join("\n",
        FIXTURE + ":14:40: error[foreign-operator]: resource sumologic_monitor \"errors\" › query A: 'stats' is not a Sumo "
            + "Logic log-search operator",
        FIXTURE + ":35:59: error[foreign-operator]: resource sumologic_content \"searches\" › search \"Failed logins\": "
            + "'eval' is not a Sumo Logic log-search operator",
        FIXTURE + ":46:26: error[foreign-operator]: resource sumologic_log_search \"slow\": 'table' is not a Sumo Logic "
            + "log-search operator",
        FIXTURE + ":53:50: error[foreign-operator]: resource sumologic_field_extraction_rule \"web\": 'rex' is not a Sumo "
            + "Logic log-search operator",
        FIXTURE + ":60:68: error[cse-unknown-field]: resource sumologic_cse_match_rule \"encoded\" › rule \"Encoded "
            + "PowerShell\" › expression: the schema spells this field commandLine (field names are case-sensitive)",
        ""));
    assertThat(run.err()).contains("note: 8 queries and rule expressions linted in 1 content exports");
  }

  @Test
  void whatPackWritesReadsBackWithoutErrors() {
    Path tf = dir.resolve("rules.tf");
    CliRun.of("pack", "--format", "terraform", "-o", tf.toString(), "rules/");
    CliRun run = CliRun.of("lint", "--quiet", "--verbose", "--fail-on", "error", tf.toString());
    assertThat(run.out()).doesNotContain("error[");
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("note: 75 queries and rule expressions linted in 1 content exports");
  }

  @Test
  void aFileTheReaderCannotFollowIsAFindingAndOneWithoutResourcesIsSkipped() throws Exception {
    Files.writeString(dir.resolve("broken.tf"), "resource \"sumologic_log_search\" \"x\" {\n  query_string = \"a | count\n}\n");
    CliRun broken = CliRun.of("lint", dir.resolve("broken.tf").toString());
    assertThat(broken.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(broken.out()).contains("broken.tf:2:18: error[terraform-syntax]: cannot read the Terraform file: a string "
        + "is not closed on its line");
    Files.delete(dir.resolve("broken.tf"));
    Files.writeString(dir.resolve("main.tf"), "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n");
    CliRun other = CliRun.of("lint", "--verbose", dir.toString());
    assertThat(other.err()).contains("main.tf: skipped: holds no Sumo Logic resource that has a query");
  }

  @Test
  void deepNestingIsAFindingNotACrash() throws Exception {
    Files.writeString(dir.resolve("deep.tf"), "resource \"sumologic_content\" \"x\" {\n  config = jsonencode("
        + "{a = ".repeat(100_000) + "1" + "}".repeat(100_000) + ")\n}\n");
    CliRun run = CliRun.of("lint", dir.resolve("deep.tf").toString());
    assertThat(run.out()).contains("error[terraform-syntax]: cannot read the Terraform file: nesting deeper than 200 levels");
  }

  /** A sigma2sumo-ignore comment above a resource (or inside it) silences its queries' findings. */
  @Test
  void anIgnoreCommentSilencesItsResource() throws Exception {
    Path tf = dir.resolve("searches.tf");
    Files.writeString(tf, """
        # the stats is rewritten by the deployment script
        # sigma2sumo-ignore: foreign-operator rewritten before apply
        resource "sumologic_log_search" "a" {
          query_string = "_sourceCategory=x | stats count by host"
        }

        resource "sumologic_log_search" "b" {
          # sigma2sumo-ignore: foriegn-operator
          query_string = "_sourceCategory=x | stats count by host"
        }
        """);
    CliRun run = CliRun.of("lint", "--quiet", tf.toString());
    assertThat(run.out()).isEqualTo(tf + ":8:24: warning[suppression]: the sigma2sumo-ignore gives no reason: say why "
        + "after the check names, for the next reader\n"
        + tf + ":8:24: warning[suppression]: the sigma2sumo-ignore names 'foriegn-operator', which is no check (did "
        + "you mean 'foreign-operator'?); it silences nothing\n"
        + tf + ":9:39: error[foreign-operator]: resource sumologic_log_search \"b\": 'stats' is not a Sumo Logic "
        + "log-search operator\n");
  }
}
