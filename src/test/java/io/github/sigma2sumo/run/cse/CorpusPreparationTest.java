package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiled Cloud SIEM expressions prepare without a problem: those of the compile golden files
 * (always), the reference's examples, and, when {@code -Dcse.compiled=FILE} names the JSON output
 * of {@code compile --target cse --format json} over the SigmaHQ corpus, every one of those.
 */
class CorpusPreparationTest {

  private static final Path FIXTURES = Path.of("src/test/resources/golden/compile");

  /** The expressions of a golden .cse file: blocks between blank lines, without the trailing "-- " diagnostics. */
  static List<String> expressions(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("-- ")) {
        break;
      }
      if (line.isBlank()) {
        add(out, block);
      } else {
        block.append(line).append('\n');
      }
    }
    add(out, block);
    return out;
  }

  private static void add(List<String> out, StringBuilder block) {
    String text = block.toString().strip();
    block.setLength(0);
    // a block of comments only (a rule that failed to compile) holds no expression
    if (!text.replaceAll("(?s)/\\*.*?\\*/", "").isBlank()) {
      out.add(text);
    }
  }

  @Test
  void goldenCompiledExpressionsPrepare() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      files = walk.filter(p -> p.toString().endsWith(".cse")).sorted().toList();
    }
    Map<String, String> problems = new TreeMap<>();
    int count = 0;
    for (Path file : files) {
      for (String expression : expressions(file)) {
        count++;
        Prepared<CseExpression> p = CseExpression.parse(SourceFile.of(file.toString(), expression));
        if (!p.isReady()) {
          problems.put(file.getFileName() + ": " + expression, p.problems().toString());
        }
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    assertThat(count).isGreaterThan(40);
    assertThat(problems).isEmpty();
  }

  @Test
  void referenceExamplesPrepare() throws IOException {
    for (String line : Files.readAllLines(Path.of("src/test/resources/cse/reference-examples.cse"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        assertThat(Json.problems(line)).as(line).isEmpty();
      }
    }
  }

  @Test
  void compiledSigmaCorpusPrepares() throws IOException {
    String given = System.getProperty("cse.compiled", "");
    assumeTrue(!given.isEmpty() && Files.exists(Path.of(given)), "no -Dcse.compiled=FILE");
    JsonNode rules = new ObjectMapper().readTree(Path.of(given).toFile()).get("rules");
    Map<String, String> problems = new TreeMap<>();
    int count = 0;
    long start = System.nanoTime();
    for (JsonNode rule : rules) {
      JsonNode query = rule.get("query");
      if (query == null || query.isNull()) {
        continue;
      }
      count++;
      Prepared<CseExpression> p = CseExpression.parse(SourceFile.of(rule.get("file").asText(), query.asText()));
      if (!p.isReady()) {
        problems.put(rule.get("file").asText(), p.problems().toString());
      }
    }
    System.out.printf("prepared %d compiled expressions in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);
    assertThat(count).isGreaterThan(1000);
    assertThat(problems).isEmpty();
  }
}
