package io.github.sigma2sumo.sumo.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sigma2sumo.ast.AstComparator;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.emit.QueryPrinter;
import io.github.sigma2sumo.lint.LintRunner;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the Sumo query parser and the linter behind it. Any text must give a result with
 * diagnostics, never an exception; a query that parses must print to text that parses to the same
 * tree. In {@code mvn verify} this replays the inputs under
 * {@code src/test/resources/io/github/sigma2sumo/sumo/parser/ParserFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes, and the findings it saves there become regression cases.
 */
@Tag("fuzz")
class ParserFuzzTest {
  private static final LintRunner LINT = LintRunner.withAllChecks();

  @FuzzTest(maxDuration = "60s")
  void parseNeverThrowsAndRoundTrips(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    SourceFile source = SourceFile.of("fuzz", text);
    QueryParser.Result result = QueryParser.parse(source);
    assertThat(result.query().isPresent() || !result.diagnostics().isEmpty())
        .as("a query or a reason").isTrue();
    LINT.lint(source);
    if (result.query().isPresent()) {
      String printed = QueryPrinter.print(result.query().get());
      QueryParser.Result again = QueryParser.parse(SourceFile.of("printed", printed));
      assertThat(again.diagnostics()).as("reparse of %s", printed).noneMatch(d -> d.checkId().equals(QueryParser.SYNTAX));
      Query reparsed = again.query().orElseThrow();
      assertThat(AstComparator.firstDifference(result.query().get(), reparsed)).as("round trip of %s", text).isEmpty();
    }
  }
}
