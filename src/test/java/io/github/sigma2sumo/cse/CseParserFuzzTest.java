package io.github.sigma2sumo.cse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sigma2sumo.ast.AstComparator;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.emit.CsePrinter;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the Cloud SIEM expression parser and the CSE checks. Any text gives an expression or
 * diagnostics, never an exception; an expression that parses prints to text that parses to the same
 * tree. {@code mvn verify} replays the inputs under
 * {@code src/test/resources/io/github/sigma2sumo/cse/CseParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
@Tag("fuzz")
class CseParserFuzzTest {
  private static final CseLintRunner LINT = CseLintRunner.withAllChecks();

  @FuzzTest(maxDuration = "60s")
  void parseNeverThrowsAndRoundTrips(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    SourceFile source = SourceFile.of("fuzz.cse", text);
    CseExpressionParser.Result result = CseExpressionParser.parse(source);
    assertThat(result.rule().isPresent() || !result.diagnostics().isEmpty()).as("an expression or a reason").isTrue();
    LINT.lint(source);
    if (result.rule().isPresent()) {
      String printed = CsePrinter.print(result.rule().get());
      CseExpressionParser.Result again = CseExpressionParser.parse(SourceFile.of("printed.cse", printed));
      assertThat(again.diagnostics()).as("reparse of %s", printed).isEmpty();
      CseRule reparsed = again.rule().orElseThrow();
      assertThat(AstComparator.firstDifference(result.rule().get(), reparsed)).as("round trip of %s", text).isEmpty();
    }
  }
}
