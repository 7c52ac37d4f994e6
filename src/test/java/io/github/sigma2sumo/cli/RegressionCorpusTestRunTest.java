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

/**
 * SigmaHQ's real true-positive captures ({@code ../shared/corpus/sigmahq-regression}), run by
 * {@code sigma2sumo test} with the default pipelines: each named rule must match its capture as a
 * Sigma rule and as the compiled log search, and as the compiled Cloud SIEM rule unless listed here
 * with a reason that holds up.
 */
class RegressionCorpusTestRunTest {
  private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));

  /** Captures the Cloud SIEM target cannot read, by rule title, and why. */
  private static final Map<String, String> CSE_CANNOT_READ = Map.of(
      "Failed Event Log Clear Via WMI NTEventLogFile ClearEventLog",
      "Cloud SIEM has no mapping for WMI-Activity event 5858 (cloud-siem-content-catalog), so it builds no record");

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
}
