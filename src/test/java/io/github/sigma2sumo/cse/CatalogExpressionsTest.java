package io.github.sigma2sumo.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.ast.AstComparator;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.CsePrinter;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.run.cse.CseExpression;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real rule expressions from Sumo's Cloud SIEM content catalog (resource cse/catalog-expressions.cse,
 * each block citing its rule and file): every one parses, prints and parses back to the same tree,
 * lints without an error (the warnings each one draws are listed in the resource and checked
 * exactly), and is prepared by the independent evaluator, which reads its strings the same way.
 */
class CatalogExpressionsTest {

  record Entry(String header, List<String> warnings, String expression) {
    @Override
    public String toString() {
      return header;
    }
  }

  static List<Entry> entries() throws IOException {
    String text;
    try (InputStream in = CatalogExpressionsTest.class.getResourceAsStream("/cse/catalog-expressions.cse")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Entry> out = new ArrayList<>();
    for (String block : text.split("\n=== ")) {
      if (block.startsWith("#")) {
        continue;
      }
      String[] lines = block.split("\n", 3);
      assertThat(lines[1]).startsWith("warnings:");
      String listed = lines[1].substring("warnings:".length()).strip();
      List<String> warnings = listed.isEmpty() ? List.of() : Arrays.asList(listed.split(",\\s*"));
      out.add(new Entry(lines[0], warnings, lines[2].stripTrailing()));
    }
    return out;
  }

  @Test
  void atLeastThirtyRulesAreCollected() throws IOException {
    assertThat(entries()).hasSizeGreaterThanOrEqualTo(30);
  }

  /** The real defects found in Sumo's rules stay errors while their legitimate forms are accepted. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "lower(http_method) IN (post,patch,put)                 | cse-unknown-field    | 3",
      "lower(commandline) LIKE '%whoami%'                     | cse-unknown-field    | 1",
      "fields['EventData.ShareName'] != \"\\\\*\\SYSVOL\"         | cse-wildcard-literal | 1"})
  void theDefectsInSumosRulesAreStillErrors(String expression, String checkId, int count) {
    List<Diagnostic> errors = CseLintRunner.withAllChecks().lint(SourceFile.of("t.cse", expression.strip())).stream()
        .filter(d -> d.severity() == Severity.ERROR).toList();
    assertThat(errors).as("%s", errors).hasSize(count).allMatch(d -> d.checkId().equals(checkId.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void parsesRoundTripsAndLintsWithoutErrors(Entry entry) {
    SourceFile source = SourceFile.of("catalog.cse", entry.expression());
    CseExpressionParser.Result parsed = CseExpressionParser.parse(source);
    assertThat(parsed.diagnostics()).as("syntax").isEmpty();
    CseRule rule = parsed.rule().orElseThrow();
    String printed = CsePrinter.print(rule);
    CseRule again = CseExpressionParser.parse(SourceFile.of("printed.cse", printed)).rule().orElseThrow();
    assertThat(AstComparator.firstDifference(rule, again)).as(printed).isEmpty();

    List<Diagnostic> findings = CseLintRunner.withAllChecks().lint(source);
    assertThat(findings).filteredOn(d -> d.severity() == Severity.ERROR).as("errors").isEmpty();
    assertThat(new TreeSet<>(findings.stream().map(Diagnostic::checkId).toList()))
        .as("warnings %s", findings).containsExactlyElementsOf(new TreeSet<>(entry.warnings()));

    assertThat(CseExpression.parse(source).problems()).as("evaluator").isEmpty();
  }
}
