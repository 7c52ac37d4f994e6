package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What code scanning needs of lint's SARIF: fingerprints, rule help, fixes, unreadable inputs. */
class SarifOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PROJECT = Path.of(System.getProperty("project.root", "."));

  @TempDir Path dir;

  private JsonNode sarif(String... paths) throws Exception {
    List<String> args = new ArrayList<>(List.of("lint", "--format", "sarif"));
    args.addAll(List.of(paths));
    return JSON.readTree(CliRun.of(args.toArray(String[]::new)).out()).get("runs").get(0);
  }

  private static List<String> fingerprints(JsonNode run) {
    List<String> out = new ArrayList<>();
    run.get("results").forEach(r -> out.add(r.get("ruleId").asText() + " "
        + r.get("partialFingerprints").get("sigma2sumo/v1").asText()));
    return out;
  }

  @Test
  void fingerprintsStayTheSameWhenLinesAreAddedAbove() throws Exception {
    String query = "_sourceCategory=x\n| eval y = 1\n| where toLower(a) = \"b\"\n| eval y = 1\n";
    Path file = Files.writeString(dir.resolve("q.sumo"), query);
    List<String> before = fingerprints(sarif(file.toString()));
    Files.writeString(file, "// a comment\n\n" + query.replace("_sourceCategory=x\n", "_sourceCategory=x\n\n"));
    JsonNode after = sarif(file.toString());
    assertThat(fingerprints(after)).isEqualTo(before).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
    assertThat(after.get("results").get(0).get("locations").get(0).get("physicalLocation").get("region")
        .get("startLine").asInt()).isGreaterThan(2);
    // the same finding on two identical lines is told apart by its occurrence
    assertThat(before.stream().filter(f -> f.startsWith("foreign-operator")).map(f -> f.substring(f.indexOf(':'))))
        .containsExactly(":1", ":2");
  }

  @Test
  void everyRuleCarriesItsPageAndPointsAtAPageThatExists() throws Exception {
    JsonNode rules = sarif(Files.writeString(dir.resolve("q.sumo"), "_sourceCategory=x | count").toString())
        .get("tool").get("driver").get("rules");
    assertThat(rules).hasSize(LintCommand.rules().size());
    for (JsonNode rule : rules) {
      String id = rule.get("id").asText();
      Path page = PROJECT.resolve("docs/checks/" + id + ".md");
      assertThat(page).as(id).exists();
      assertThat(rule.get("helpUri").asText()).isEqualTo(CheckPages.BASE_URI + id + ".md");
      assertThat(rule.get("help").get("markdown").asText()).isEqualTo(Files.readString(page));
      assertThat(rule.get("fullDescription").get("text").asText()).as(id).isNotBlank().doesNotContain("\n## ");
      assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
    }
  }

  @Test
  void aMechanicalFixIsASarifFixOfTheFindingsRegion() throws Exception {
    Path file = Files.writeString(dir.resolve("q.sumo"), "_sourceCategory=x\n| where !a matches \"b*\"\n");
    JsonNode result = sarif(file.toString()).get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("negation-precedence");
    JsonNode change = result.get("fixes").get(0).get("artifactChanges").get(0);
    assertThat(change.get("artifactLocation").get("uri").asText())
        .isEqualTo(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
    JsonNode replacement = change.get("replacements").get(0);
    assertThat(replacement.get("deletedRegion")).isEqualTo(
        result.get("locations").get(0).get("physicalLocation").get("region"));
    assertThat(replacement.get("insertedContent").get("text").asText()).isEqualTo("!(a matches \"b*\")");
  }

  @Test
  void unreadableInputsAreToolExecutionNotifications() throws Exception {
    Path binary = Files.write(dir.resolve("b.sumo"), new byte[] {0, 1, 2});
    Path good = Files.writeString(dir.resolve("q.sumo"), "_sourceCategory=x | count");
    JsonNode invocation = sarif(binary.toString(), good.toString()).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
    assertThat(notification.get("level").asText()).isEqualTo("error");
    assertThat(notification.get("message").get("text").asText()).isEqualTo("binary file (NUL byte at offset 0)");
    assertThat(notification.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
        .endsWith("/b.sumo");
    assertThat(sarif(good.toString()).get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
  }
}
