package io.github.sigma2sumo.cse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sigma2sumo.ast.AstComparator;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.CsePrinter;
import io.github.sigma2sumo.emit.CseSyntax;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing, printing and round trips of Cloud SIEM expressions; the reference's examples lint clean. */
class CseExpressionParserTest {

  static Stream<String> referenceExamples() throws IOException {
    Path file;
    try {
      file = Path.of(CseExpressionParserTest.class.getResource("/cse/reference-examples.cse").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    return Files.readAllLines(file).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"));
  }

  @ParameterizedTest
  @MethodSource("referenceExamples")
  void referenceExamplesParseRoundTripAndLintClean(String expression) {
    CseRule rule = parse(expression);
    String printed = CsePrinter.print(rule);
    CseRule again = parse(printed);
    assertThat(AstComparator.firstDifference(rule, again)).as(printed).isEmpty();
    assertThat(CsePrinter.print(again)).isEqualTo(printed);
    List<Diagnostic> findings = CseLintRunner.withAllChecks().lint(SourceFile.of("example.cse", expression));
    assertThat(findings).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
  }

  @Test
  void precedenceIsSqlsAndPrintingParenthesisesMixedBooleans() {
    CseRule rule = parse("a = 1 OR b = 2 AND NOT c = 3");
    assertThat(rule.condition()).isInstanceOf(Expr.Or.class);
    Expr.And and = (Expr.And) ((Expr.Or) rule.condition()).terms().get(1);
    assertThat(and.terms().get(1)).isInstanceOf(Expr.Unary.class);
    assertThat(CsePrinter.print(rule)).isEqualTo("a = 1 OR (b = 2 AND NOT (c = 3))");
    // '!' negates the whole predicate, as in Sumo's built-in rules
    Expr.Unary not = (Expr.Unary) parse("!lower(x) matches /a/").condition();
    assertThat(not.operand()).isInstanceOf(Expr.Matches.class);
  }

  @Test
  void keywordsInAnyCaseAndOperatorSpellings() {
    CseRule rule = parse("a like 'x%' and b RLike 'y' or c Is Not Null and d not between 1 and 2 && e <> 1");
    assertThat(CsePrinter.print(rule))
        .isEqualTo("(a LIKE 'x%' AND b RLIKE 'y') OR (c IS NOT NULL AND d NOT BETWEEN 1 AND 2 AND e != 1)");
  }

  @Test
  void indexAndJsonClauses() {
    CseRule rule = parse("json field=fields \"a\", 'b' as x, y | where fields['k'][0] = x");
    assertThat(rule.jsonClauses()).hasSize(1);
    assertThat(rule.jsonClauses().get(0).paths()).containsExactly("a", "b");
    assertThat(CsePrinter.print(rule)).isEqualTo("json field=fields 'a', 'b' as x, y | where fields['k'][0] = x");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "commandLine = 'x' // note | 1:19 | Cloud SIEM expressions have no '//' comments; write /* ... */",
      "commandLine = 'x          | 1:15 | string is not closed: a ' is missing",
      "a = 1 /* open             | 1:7  | comment is not closed: '/*' has no '*/' after it",
      "a = 1 AND                 | 1:10 | unexpected end of the expression; expected an expression",
      "a = 1 b = 2               | 1:7  | unexpected 'b'",
      "a = #                     | 1:5  | unexpected character '#'",
      "''                        | 1:1  | the expression is empty"})
  void syntaxErrorsHavePositionsAndWords(String text, String at, String message) {
    String input = text.equals("''") ? "   " : text.strip();
    List<Diagnostic> diagnostics = CseExpressionParser.parse(SourceFile.of("t.cse", input)).diagnostics();
    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.checkId()).isEqualTo("cse-syntax");
    assertThat(d.location().line() + ":" + d.location().column()).isEqualTo(at);
    assertThat(d.message()).startsWith(message);
  }

  @Test
  void limitsStopDeepInputBeforeTheParser() {
    String deep = "(".repeat(500) + "a = 1" + ")".repeat(500);
    assertThat(CseExpressionParser.parse(SourceFile.of("t", deep)).diagnostics().get(0).message())
        .contains("nest deeper than 200");
    String nots = "NOT ".repeat(300) + "a = 1";
    assertThat(CseExpressionParser.parse(SourceFile.of("t", nots)).diagnostics().get(0).message())
        .contains("prefix operators");
  }

  @Test
  void onlyOperatorsThatNestCountTowardsTheOperatorLimit() {
    for (String op : List.of("+", "-", "*", "/", "%")) {
      String chain = "srcPort" + (op + "2").repeat(CseExpressionParser.MAX_NESTING_OPERATORS + 1) + " > 1";
      assertThat(CseExpressionParser.parse(SourceFile.of("t", chain)).diagnostics()).as(op).singleElement()
          .satisfies(d -> assertThat(d.message()).contains("arithmetic operators and chained subscripts"));
    }
    String subscripts = "fields['a']" + "[1]".repeat(CseExpressionParser.MAX_NESTING_OPERATORS + 1) + " = 'x'";
    assertThat(CseExpressionParser.parse(SourceFile.of("t", subscripts)).rule()).isEmpty();
    StringBuilder list = new StringBuilder("lower(fields['a']) IN (");
    StringBuilder ors = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      list.append(i == 0 ? "" : ", ").append("'v").append(i).append('\'');
      ors.append(i == 0 ? "" : " OR ").append("fields['f").append(i).append("'] = 'v'");
    }
    for (String wide : List.of(list.append(')').toString(), ors.toString())) {
      CseExpressionParser.Result parsed = CseExpressionParser.parse(SourceFile.of("t", wide));
      assertThat(parsed.diagnostics()).isEmpty();
      assertThat(CsePrinter.print(parsed.rule().orElseThrow())).isEqualTo(wide);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "it's", "say \"hi\"", "both ' and \"", "C:\\Windows\\x", "a\\\"b", "\\\\", "%_*?",
      "ümlaut ✓ 🙂", "tab\there", "line\nbreak", "a\\'b"})
  void stringsRoundTripThroughTheLiteral(String value) {
    String literal = CseSyntax.string(value);
    CseRule rule = parse("x = " + literal);
    assertThat(((Expr.StringLit) ((Expr.Binary) rule.condition()).right()).value()).isEqualTo(value);
  }

  /** The docs show only the escaped double quote, so a single quote is never escaped: it goes inside double quotes. */
  @Test
  void literalsUseOnlyTheDocumentedEscape() {
    assertThat(CseSyntax.string("plain")).isEqualTo("'plain'");
    assertThat(CseSyntax.string("it's")).isEqualTo("\"it's\"");
    assertThat(CseSyntax.string("say \"hi\"")).isEqualTo("'say \"hi\"'");
    assertThat(CseSyntax.string("both ' and \"")).isEqualTo("\"both ' and \\\"\"");
    // read from 'it\'s \"x\"', which only the single-quote form holds (found by CseParserFuzzTest)
    assertThat(CseSyntax.string("it's \\\"x\\\"")).isEqualTo("'it\\'s \\\"x\\\"'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ends in \\", "both \\' and \\\""})
  void stringsNoLiteralHoldsAreRefused(String value) {
    assertThatThrownBy(() -> CseSyntax.string(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyValuesWithoutBackslashesCountAsUnambiguous() {
    assertThat(CseSyntax.isUnambiguousString("it's")).isTrue();
    assertThat(CseSyntax.isUnambiguousString("C:\\x")).isFalse();
    assertThat(CseSyntax.isUnambiguousString("' and \"")).isFalse();
  }

  private static CseRule parse(String text) {
    CseExpressionParser.Result r = CseExpressionParser.parse(SourceFile.of("t.cse", text));
    assertThat(r.diagnostics()).as("diagnostics of %s", text).isEmpty();
    return r.rule().orElseThrow();
  }
}
