package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Sumo's own app queries (../shared/corpus/sumo-search-queries.jsonl): every query that parses
 * either prepares, and then runs over a few messages without error, or is refused with problems
 * that each name a construct not evaluated locally; the only query Sumo would reject is a known
 * defect. The figures are pinned so that a change of coverage shows in review.
 */
class SumoQueriesCorpusTest {

  /** Queries refused as invalid, and why: each is a real defect of the query. */
  private static final Map<String, String> KNOWN_INVALID = Map.of(
      "q05209", "`/(? Assignee|? Status)/` is invalid in RE2 and in Java (the linter's CorpusLintTest knows it too)");

  private static final List<LogMessage> MESSAGES = List.of(
      Runs.message(3, "{\"user\":\"ann\",\"action\":\"login\",\"status\":200}", "_sourceCategory", "labs/app"),
      Runs.message(2, "2024-01-01 10:00:00 INFO user=bob action=logout status=500", "_sourceCategory", "labs/app"),
      Runs.message(1, "error failed login from 10.1.2.3", "_sourceCategory", "prod/security"));

  @Test
  void everyQueryPreparesOrNamesWhatIsNotEvaluated() throws Exception {
    Path corpus = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sumo-search-queries.jsonl");
    assumeTrue(Files.exists(corpus), "corpus not present");
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> invalid = new TreeMap<>();
    Map<String, String> failedRuns = new TreeMap<>();
    int parsed = 0;
    int prepared = 0;
    int refused = 0;
    int templates = 0;
    for (String line : Files.readAllLines(corpus)) {
      JsonNode node = mapper.readTree(line);
      String id = node.get("id").asText();
      QueryParser.Result r = QueryParser.parse(SourceFile.of(id, node.get("query").asText()));
      if (r.query().isEmpty()) {
        continue;
      }
      parsed++;
      Preparation p = SumoInterpreter.prepare(r.query().get(), Lookups.none());
      if (p.query().isPresent()) {
        prepared++;
        Output out = p.query().get().run(MESSAGES);
        if (out.failed()) {
          failedRuns.put(id, out.errors().get(0));
        }
        continue;
      }
      refused++;
      if (p.problems().stream().allMatch(pr -> pr.construct().contains("{{"))) {
        templates++;
      }
      for (Problem pr : p.problems()) {
        assertThat(pr.message()).isNotBlank();
        assertThat(pr.span().isSynthetic()).isFalse();
        if (pr.kind() == Problem.Kind.INVALID) {
          invalid.put(id, pr.message());
        }
      }
    }
    assertThat(invalid.keySet()).as("invalid: %s", invalid).containsExactlyElementsOf(KNOWN_INVALID.keySet());
    assertThat(failedRuns).isEmpty();
    assertThat(parsed).isEqualTo(9087);
    assertThat(prepared).isEqualTo(1490);
    assertThat(refused).isEqualTo(7597);
    assertThat(templates).isEqualTo(3522);
  }
}
