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
      "a = #                     | 1:5  | unexpected character '#' (U+0023 NUMBER SIGN)",
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
      "ümlaut ✓ 🙂", "tab\there", "line\nbreak", "a\\'b", "ends in \\", "it's \\\\", "[a-z]:\\\\"})
  void stringsRoundTripThroughTheLiteral(String value) {
    String literal = CseSyntax.string(value);
    CseRule rule = parse("x = " + literal);
    assertThat(((Expr.StringLit) ((Expr.Binary) rule.condition()).right()).value()).isEqualTo(value);
  }

  /** Single quotes wherever the value allows; the docs' escaped double quote only inside double quotes. */
  @Test
  void literalsAreSingleQuotedUnlessTheValueHoldsOne() {
    assertThat(CseSyntax.string("plain")).isEqualTo("'plain'");
    assertThat(CseSyntax.string("C:\\Windows\\")).isEqualTo("'C:\\Windows\\'");
    assertThat(CseSyntax.string("it's")).isEqualTo("\"it's\"");
    assertThat(CseSyntax.string("say \"hi\"")).isEqualTo("'say \"hi\"'");
    assertThat(CseSyntax.string("both ' and \"")).isEqualTo("\"both ' and \\\"\"");
  }

  /** Sumo's own rules only work if a backslash in single quotes is an ordinary character. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "fields['x'] rlike '[a-z]:\\'                             | [a-z]:\\",
      "file_path like '%:\\Program Files (x86)\\'                | %:\\Program Files (x86)\\",
      "baseImage like '%\\Windows\\System32\\cmd.exe'            | %\\Windows\\System32\\cmd.exe",
      "commandLine = 'it\\'                                    | it\\",
      "commandLine = \"say \\\"hi\\\" C:\\x\"                     | say \"hi\" C:\\x"})
  void singleQuotedStringsHaveNoEscapes(String text, String value) {
    CseRule rule = parse(text.strip());
    Expr pattern = rule.condition() instanceof Expr.Like l ? l.pattern()
        : rule.condition() instanceof Expr.Rlike r ? r.pattern() : ((Expr.Binary) rule.condition()).right();
    assertThat(((Expr.StringLit) pattern).value()).isEqualTo(value.strip());
  }

  @Test
  void aQuoteAfterABackslashClosesTheSingleQuotedString() {
    List<Diagnostic> d = CseExpressionParser.parse(SourceFile.of("t", "commandLine = 'it\\'s'")).diagnostics();
    assertThat(d).singleElement().satisfies(e -> assertThat(e.message()).startsWith("string is not closed"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"both ' and \\\"", "it's \\"})
  void stringsNoLiteralHoldsAreRefused(String value) {
    assertThatThrownBy(() -> CseSyntax.string(value)).isInstanceOf(IllegalArgumentException.class);
    assertThat(CseSyntax.isWritable(value)).isFalse();
  }

  @Test
  void unambiguousValuesAreThoseInSingleQuotesOrWithoutBackslashes() {
    assertThat(CseSyntax.isUnambiguousString("C:\\x\\")).isTrue();
    assertThat(CseSyntax.isUnambiguousString("it's")).isTrue();
    assertThat(CseSyntax.isUnambiguousString("it's C:\\x")).isFalse();
    assertThat(CseSyntax.isWritable("it's C:\\x")).isTrue();
  }

  @Test
  void negatedMatchesWithABang() {
    Expr.Matches m = (Expr.Matches) parse("lower(commandLine) !matches /whoami/").condition();
    assertThat(m.negated()).isTrue();
    assertThat(CsePrinter.print(parse("commandLine !MATCHES \"*x*\""))).isEqualTo("commandLine NOT matches '*x*'");
    assertThat(((Expr.Matches) parse("a NOT matches /x/").condition()).negated()).isTrue();
    assertThat(((Expr.Matches) parse("a matches /x/").condition()).negated()).isFalse();
  }

  @Test
  void aNoBreakSpaceSeparatesTokens() {
    CseRule rule = parse("metadata_vendor\u00a0=\u00a0'Microsoft'\u00a0AND\u00a0commandLine !matches /x/");
    assertThat(CsePrinter.print(rule)).isEqualTo("metadata_vendor = 'Microsoft' AND commandLine NOT matches /x/");
    // inside a string it is part of the value
    assertThat(((Expr.StringLit) ((Expr.Binary) parse("a = 'x\u00a0y'").condition()).right()).value())
        .isEqualTo("x\u00a0y");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a =\u202f'x'  | 1:4 | unexpected character U+202F NARROW NO-BREAK SPACE",
      "a = '\u00a0   | 1:5 | string is not closed",
      "a\u200b= 'x'  | 1:2 | unexpected character U+200B ZERO WIDTH SPACE",
      "a = 1 #       | 1:7 | unexpected character '#' (U+0023 NUMBER SIGN)",
      "a = \u00e9    | 1:5 | unexpected character U+00E9 LATIN SMALL LETTER E WITH ACUTE"})
  void charactersThatAreNotAcceptedAreNamedByCodePoint(String text, String at, String message) {
    List<Diagnostic> d = CseExpressionParser.parse(SourceFile.of("t", text.strip())).diagnostics();
    assertThat(d).singleElement().satisfies(e -> {
      assertThat(e.location().line() + ":" + e.location().column()).isEqualTo(at);
      assertThat(e.message()).startsWith(message);
    });
  }

  private static CseRule parse(String text) {
    CseExpressionParser.Result r = CseExpressionParser.parse(SourceFile.of("t.cse", text));
    assertThat(r.diagnostics()).as("diagnostics of %s", text).isEmpty();
    return r.rule().orElseThrow();
  }
}
