package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SigmaHQ's real true-positive captures ({@code ../shared/corpus/sigmahq-regression}), run by
 * {@code sigma2sumo test} with the default pipelines (each event rendered as the Installed
 * Collector's JSON): each named rule must match its capture as a Sigma rule and as the compiled log
 * search, and as the compiled Cloud SIEM rule unless listed here with a reason that holds up; then
 * with each other Windows format ({@code -p windows-xml}, {@code windows-otel}, {@code windows-legacy}).
 */
class RegressionCorpusTestRunTest {
  private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));

  /** Captures the Cloud SIEM target cannot read, by rule title, and why. */
  private static final Map<String, String> CSE_CANNOT_READ = Map.of(
      "Failed Event Log Clear Via WMI NTEventLogFile ClearEventLog",
      "Cloud SIEM has no mapping for WMI-Activity event 5858 (cloud-siem-content-catalog), so it builds no record");

  /** Log-search cases a Windows format cannot read, by rule title, and why (checked in the outcome). */
  private static final Map<String, String> OTEL_CANNOT_READ = Map.of(
      "Failed Event Log Clear Via WMI NTEventLogFile ClearEventLog",
      "'Operation' cannot be read: the OpenTelemetry collector's windowseventlog receiver does not send UserData");

  @Test
  void everyCaptureMatchesItsRuleOnEveryTargetThatCanReadIt() throws Exception {
    Path rules = CORPUS.resolve("sigmahq");
    Path captures = CORPUS.resolve("sigmahq-regression");
    assumeTrue(Files.isDirectory(rules) && Files.isDirectory(captures), "corpus not present");
    CliRun run = CliRun.of("test", "--format", "json", rules.toString(), captures.toString());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("problems")).isEmpty();
    assertThat(report.get("cases")).hasSize(132);
    Map<String, String> unexpected = new TreeMap<>();
    for (JsonNode c : report.get("cases")) {
      String title = c.get("ruleTitle").asText();
      for (JsonNode j : c.get("judgements")) {
        String evaluator = j.get("evaluator").asText();
        boolean expected = j.get("status").asText().equals("expected");
        if (evaluator.equals("cse") && CSE_CANNOT_READ.containsKey(title)) {
          assertThat(j.get("outcome").asText()).contains("no Cloud SIEM record");
        } else if (!expected) {
          unexpected.put(title + " (" + evaluator + ")", j.get("outcome").asText());
        }
      }
    }
    assertThat(unexpected).isEmpty();
    assertThat(run.code()).isEqualTo(CSE_CANNOT_READ.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS);
  }

  /** The log searches of each other Windows format, each capture rendered as that format's shipper writes it. */
  @ParameterizedTest
  @ValueSource(strings = {"windows-xml", "windows-otel"})
  void everyCaptureMatchesItsRuleInEachWindowsFormat(String format) throws Exception {
    Map<String, String> cannot = format.equals("windows-otel") ? OTEL_CANNOT_READ : Map.of();
    Map<String, String> unexpected = new TreeMap<>();
    int[] refused = {0};
    for (JsonNode c : searchCases(format)) {
      String title = c.get("ruleTitle").asText();
      String outcome = c.get("judgements").get(1).get("outcome").asText();
      if (cannot.containsKey(title)) {
        assertThat(outcome).contains(cannot.get(title));
        refused[0]++;
      } else if (!c.get("judgements").get(1).get("status").asText().equals("expected")) {
        unexpected.put(title, outcome);
      }
    }
    assertThat(unexpected).isEmpty();
    assertThat(refused[0]).isEqualTo(cannot.size());
  }

  /**
   * The legacy text carries only the event id, channel, computer and provider exactly: every rule
   * that reads another field is refused with that reason, never compiled to a search that cannot
   * match, and those that read only these fields match.
   */
  @Test
  void theLegacyFormatMatchesWhatItCanReadAndRefusesTheRest() throws Exception {
    int matched = 0;
    for (JsonNode c : searchCases("windows-legacy")) {
      JsonNode search = c.get("judgements").get(1);
      if (search.get("status").asText().equals("expected")) {
        matched++;
      } else {
        assertThat(search.get("outcome").asText()).as(c.get("ruleTitle").asText())
            .contains("cannot be read: the legacy Windows event format", "collect the channel as JSON");
      }
    }
    assertThat(matched).isPositive();
  }

  private static JsonNode searchCases(String format) throws Exception {
    Path rules = CORPUS.resolve("sigmahq");
    Path captures = CORPUS.resolve("sigmahq-regression");
    assumeTrue(Files.isDirectory(rules) && Files.isDirectory(captures), "corpus not present");
    CliRun run = CliRun.of("test", "--format", "json", "--target", "search", "-p", format, rules.toString(),
        captures.toString());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("problems")).isEmpty();
    assertThat(report.get("cases")).hasSize(132);
    for (JsonNode c : report.get("cases")) {
      assertThat(c.get("judgements").get(1).get("evaluator").asText()).isEqualTo("search");
    }
    return report.get("cases");
  }
}
