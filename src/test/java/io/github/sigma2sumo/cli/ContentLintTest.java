package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint} on Sumo content exported as JSON: each log query linted, its findings at the line
 * and column of the export through the string's escapes, named by the item they belong to; metrics
 * queries skipped; a JSON file holding no content skipped; malformed JSON a finding at its place.
 */
class ContentLintTest {
  private static final Path FIXTURE = Path.of("src/test/resources/io/github/sigma2sumo/content/web-app.json");
  private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sumo-content");

  @TempDir Path dir;

  @Test
  void findingsPointIntoTheExportAndNameTheirItem() throws Exception {
    CliRun run = CliRun.of("lint", "--verbose", "--format", "json", FIXTURE.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode diagnostics = new ObjectMapper().readTree(run.out()).get("diagnostics");
    assertThat(diagnostics).hasSize(2);
    JsonNode first = diagnostics.get(0);
    assertThat(first.get("line").asInt()).isEqualTo(17);
    assertThat(first.get("column").asInt()).isEqualTo(115);
    assertThat(first.get("endColumn").asInt()).isEqualTo(134);
    assertThat(first.get("check").asText()).isEqualTo("foreign-operator");
    assertThat(first.get("message").asText()).isEqualTo("folder \"Web App\" › dashboard \"Web Overview\" › panel "
        + "\"Errors by Host\" › query A: 'stats' is not a Sumo Logic log-search operator");
    JsonNode second = diagnostics.get(1);
    assertThat(second.get("line").asInt()).isEqualTo(44);
    assertThat(second.get("column").asInt()).isEqualTo(69);
    assertThat(second.get("message").asText()).startsWith("folder \"Web App\" › search \"Failed Logins\": 'eval'");
    assertThat(run.err()).contains("note: 3 queries and rule expressions linted in 1 content exports; 1 metrics, traces or other queries skipped");
  }

  @Test
  void theTextReportShowsTheExportsLine() throws Exception {
    CliRun run = CliRun.of("lint", FIXTURE.toString());
    String line17 = Files.readAllLines(FIXTURE).get(16);
    assertThat(run.out()).contains(FIXTURE + ":17:115: error[foreign-operator]", " 17 | " + line17);
    // the caret is under "stats count by host" as the export writes it
    assertThat(line17.substring(114, 133)).isEqualTo("stats count by host");
  }

  @Test
  void aJsonFileWithoutContentIsSkippedAndBrokenJsonIsAFinding() throws Exception {
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\", \"version\": \"1.0.0\"}");
    Files.writeString(dir.resolve("q.sumo"), "_sourceCategory=x | count");
    CliRun walked = CliRun.of("lint", dir.toString());
    assertThat(walked.code()).isZero();
    assertThat(walked.err()).isEmpty();
    assertThat(CliRun.of("lint", "--verbose", dir.toString()).err()).contains("package.json: skipped: holds no Sumo Logic content");
    Files.writeString(dir.resolve("broken.json"), "{\n  \"type\": \"FolderSyncDefinition\",\n  \"children\": [\n}\n");
    CliRun broken = CliRun.of("lint", dir.resolve("broken.json").toString());
    assertThat(broken.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(broken.out()).contains("broken.json:4:1: error[json-syntax]: not well-formed JSON: Unexpected close marker '}'");
  }

  /** Sumo's own AWS Observability content: every log query lints without an error. */
  @Test
  void sumosOwnContentHasNoErrors() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
    CliRun run = CliRun.of("lint", "--verbose", "--format", "json", CORPUS.toString());
    JsonNode report = new ObjectMapper().readTree(run.out());
    for (JsonNode d : report.get("diagnostics")) {
      assertThat(d.get("severity").asText()).as(d.toString()).isNotEqualTo("error");
    }
    assertThat(run.err()).contains("note: 626 queries and rule expressions linted in 16 content exports; 1121 metrics, traces or other "
        + "queries skipped");
    assertThat(run.code()).isZero();
  }

  /** Cloud SIEM rules as the REST API lists them: each text in its context. */
  @Test
  void cseRulesAreLintedInTheirContext() {
    CliRun run = CliRun.of("lint", "--quiet", "src/test/resources/io/github/sigma2sumo/content/cse-rules.json");
    String file = "src/test/resources/io/github/sigma2sumo/content/cse-rules.json";
    assertThat(run.out()).isEqualTo(file + ":7:50: error[cse-unknown-field]: rule \"Large Uploads\" › triggerExpression: "
        + "a trigger expression reads only the names its aggregation functions define (total_bytes); bytesOut is none "
        + "of them: aggregate it, and compare the aggregate's name\n"
        + file + ":10:59: error[cse-unknown-field]: rule \"Large Uploads\" › nameExpression: {{user_name}} names no "
        + "schema field, so it renders empty in every signal; name a schema field, or a raw one as "
        + "{{fields[user_name]}}\n"
        + file + ":18:59: error[cse-unknown-field]: rule \"Encoded PowerShell\" › expression: the schema spells this "
        + "field commandLine (field names are case-sensitive)\n");
  }

  /** What pack writes for the flagship rules lints clean as rule JSON, trigger and templates included. */
  @Test
  void theFlagshipPackLintsClean() {
    CliRun cse = CliRun.of("lint", "--verbose", "src/test/resources/golden/pack/rules.cse-rules.json");
    assertThat(cse.out()).isEqualTo("no findings in 1 file\n");
    assertThat(cse.err()).contains("queries and rule expressions linted in 1 content exports");
    // the saved searches: warnings the compiled queries have as .sumo files too, no error
    CliRun content = CliRun.of("lint", "--fail-on", "error", "src/test/resources/golden/pack/rules.content.json");
    assertThat(content.out()).doesNotContain("error[").contains("warning[overbroad-host-wildcard]");
    assertThat(content.code()).isZero();
  }

  /** The corpus packed for Cloud SIEM lints as rule JSON with no errors. */
  @Test
  void theCorpusPackedForCloudSiemHasNoErrors() throws Exception {
    Path sigma = CORPUS.resolveSibling("sigmahq");
    assumeTrue(Files.isDirectory(sigma), "corpus not present");
    Path pack = dir.resolve("corpus.cse-rules.json");
    CliRun.of("pack", "--format", "cse-rules", "--keep-going", "-o", pack.toString(), sigma.toString());
    CliRun run = CliRun.of("lint", "--statistics", "--format", "json", pack.toString());
    assertThat(run.out()).doesNotContain("\"error\"");
    assertThat(run.code()).isZero();
  }

  /** The reference's example of a rule sent to the API lints clean. */
  @Test
  void theReferencesApiExampleLintsClean() throws Exception {
    Path reference = CORPUS.getParent().resolveSibling("reference").resolve("sumo-cloud-siem.md");
    assumeTrue(Files.isRegularFile(reference), "reference not present");
    String text = Files.readString(reference);
    int start = text.indexOf("```json\n{\"fields\": {") + 8;
    Files.writeString(dir.resolve("example.json"), text.substring(start, text.indexOf("```", start)));
    CliRun run = CliRun.of("lint", dir.resolve("example.json").toString());
    assertThat(run.out()).isEqualTo("no findings in 1 file\n");
  }

  /** JSON has no comments: a sigma2sumo-ignore key of an item silences the checks it names there. */
  @Test
  void aSigma2sumoIgnoreKeySilencesItsItemOnly() throws Exception {
    Path file = dir.resolve("ignored.json");
    Files.writeString(file, """
        {"type": "FolderSyncDefinition", "name": "F", "children": [
          {"type": "SavedSearchWithScheduleSyncDefinition", "name": "S",
           "sigma2sumo-ignore": "foreign-operator the stats is rewritten by a script before import",
           "search": {"queryText": "_sourceCategory=x | stats count by host"}},
          {"type": "SavedSearchWithScheduleSyncDefinition", "name": "T",
           "sigma2sumo-ignore": "foriegn-operator",
           "search": {"queryText": "_sourceCategory=x | stats count by host"}}
        ]}
        """);
    CliRun run = CliRun.of("lint", "--quiet", file.toString());
    assertThat(run.out()).isEqualTo(file + ":6:26: warning[suppression]: the sigma2sumo-ignore gives no reason: say why "
        + "after the check names, for the next reader\n"
        + file + ":6:26: warning[suppression]: the sigma2sumo-ignore names 'foriegn-operator', which is no check (did "
        + "you mean 'foreign-operator'?); it silences nothing\n"
        + file + ":7:49: error[foreign-operator]: folder \"F\" › search \"T\": 'stats' is not a Sumo Logic log-search "
        + "operator\n");
    assertThat(CliRun.of("lint", file.toString()).out()).endsWith("1 error, 2 warnings in 1 file (1 suppressed)\n");
    assertThat(CliRun.of("lint", "--no-ignore", "--quiet", file.toString()).out())
        .contains(file + ":4:49: error[foreign-operator]: folder \"F\" › search \"S\"");
  }

  /** --fix rewrites a query inside the export, written escaped; every other byte stays as it was. */
  @Test
  void fixesInsideAJsonExportLeaveTheRestByteIdentical() throws Exception {
    Path file = dir.resolve("web-app.json");
    String before = Files.readString(FIXTURE);
    Files.writeString(file, before);
    CliRun run = CliRun.of("lint", "--fix", file.toString());
    String after = Files.readString(file);
    assertThat(after).isEqualTo(before
        .replace("\\n| stats count by host\"", "\\n| count by host\"")
        .replace("| eval n = 1\"", "| 1 as n\""));
    assertThat(after).contains("\\\"fail\\u00e9\\\""); // the escape as the export wrote it
    assertThat(run.out()).contains("2 fixed");
    assertThat(CliRun.of("lint", file.toString()).out()).isEqualTo("no findings in 1 file\n");
  }

  /** SARIF places the finding in the export as the text report does. */
  @Test
  void sarifPointsIntoTheExportToo() throws Exception {
    CliRun run = CliRun.of("lint", "--format", "sarif", FIXTURE.toString());
    JsonNode result = new ObjectMapper().readTree(run.out()).get("runs").get(0).get("results").get(0);
    JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(17);
    assertThat(region.get("startColumn").asInt()).isEqualTo(115);
    assertThat(result.get("message").get("text").asText()).startsWith("folder \"Web App\" › dashboard \"Web Overview\"");
  }
}
