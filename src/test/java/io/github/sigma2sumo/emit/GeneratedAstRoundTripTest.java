package io.github.sigma2sumo.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sigma2sumo.ast.AstComparator;
import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ASTs built in code, as the compiler builds them, with hostile text in every place a string can
 * go: printing them and parsing the text back gives the same tree. This is what makes the
 * printer's single escaping layer trustworthy for generated queries.
 */
class GeneratedAstRoundTripTest {
  private static final Span S = Span.SYNTHETIC;

  static Stream<String> hostileStrings() {
    return Stream.of("", "plain", "two words", "a\"b", "\"", "\"\"", "a\\b", "\\", "\\\\", "ends with \\",
        "\\\"", "*", "a*b", "*x*", "?", "|", "a|b", "a | where x", "\n", "a\nb", "a\r\nb", "\t", "é", "日本語",
        "emoji 😀", "'", "a'b", "{{x}}", "{x}", "]", "[subquery:", "//", "/*", "*/", "a/b", "%\"x\"",
        "and", "or", "not", "AND", "C:\\Windows\\System32\\cmd.exe", "\\\\server\\share", "(", ")", "=", "!=",
        "x=y", "\u00a0", "\u2028", "\u001f", "#", "$", "`", "&&");
  }

  @ParameterizedTest
  @MethodSource("hostileStrings")
  void stringValuesInWhere(String value) {
    Expr field = new Expr.FieldRef("CommandLine", S);
    Expr condition = new Expr.Or(List.of(
        new Expr.Binary(BinaryOp.EQ, field, new Expr.StringLit(value, S), S),
        new Expr.Matches(field, new Expr.StringLit(value, S), false, S),
        new Expr.Contains(field, new Expr.StringLit(value, S), true, S),
        new Expr.In(field, List.of(new Expr.StringLit(value, S), new Expr.StringLit("x", S)), false, S),
        new Expr.Call("toLowerCase", List.of(new Expr.StringLit(value, S)), S)), S);
    assertRoundTrip(query(Optional.empty(), new Stage.Where(condition, S)));
  }

  @ParameterizedTest
  @MethodSource("hostileStrings")
  void fieldNames(String name) {
    if (name.isEmpty()) {
      return; // a field has a name
    }
    Expr field = new Expr.FieldRef(name, S);
    assertRoundTrip(query(Optional.empty(),
        new Stage.Where(new Expr.Binary(BinaryOp.EQ, field, new Expr.StringLit("v", S), S), S),
        new Stage.Assign(new Expr.Call("toLowerCase", List.of(field), S), Optional.of("lower"), S)));
  }

  @ParameterizedTest
  @MethodSource("hostileStrings")
  void scopeTermsAndFieldValues(String text) {
    if (text.isEmpty()) {
      return; // an empty keyword is not a term
    }
    List<ScopeExpr> terms = new ArrayList<>();
    terms.add(new ScopeExpr.Term(text, true, S));
    terms.add(new ScopeExpr.Field("_sourceCategory", false, new ScopeExpr.Term(text, true, S), S));
    if (SumoSyntax.isBareTerm(text)) {
      terms.add(new ScopeExpr.Term(text, false, S));
    }
    assertRoundTrip(query(Optional.of(new ScopeExpr.And(terms, S))));
  }

  @ParameterizedTest
  @MethodSource("hostileStrings")
  void regexLiterals(String text) {
    if (!SumoSyntax.isWritableRegex(text)) {
      assertThatThrownBy(() -> SumoSyntax.regex(text)).isInstanceOf(IllegalArgumentException.class);
      return; // no valid regex: empty, a leading '*', a trailing lone '\' or a line break
    }
    Expr field = new Expr.FieldRef("Image", S);
    assertRoundTrip(query(Optional.empty(), new Stage.Where(new Expr.Matches(field,
        new Expr.RegexLit(text, "", S), false, S), S)));
  }

  private static Query query(Optional<ScopeExpr> scope, Stage... stages) {
    return new Query(scope.isPresent() ? scope : Optional.of(new ScopeExpr.Term("*", false, S)),
        List.of(stages), "", S);
  }

  private static void assertRoundTrip(Query query) {
    String printed = QueryPrinter.print(query);
    QueryParser.Result parsed = QueryParser.parse(SourceFile.of("printed", printed));
    assertThat(parsed.diagnostics()).as("parse of%n%s", printed).isEmpty();
    assertThat(AstComparator.firstDifference(query, parsed.query().orElseThrow()))
        .as("round trip of%n%s", printed).isEmpty();
  }
}
