package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What cannot be prepared is a problem naming the construct, at its place in the expression. */
class PreparationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      isPublicIPv4(srcDevice_ip)              => 1:1: 'isPublicIPv4' is not a function of Cloud SIEM expressions
      lower(a, b) = 'x'                       => 1:1: lower takes 1 argument, not 2
      concat('a') = 'a'                       => 1:1: concat takes 2 or more arguments, not 1
      substring('a', 1, 2, 3) = 'a'           => 1:1: substring takes 2 to 3 arguments, not 4
      a matches /(?<=x)y/                     => 1:11: RE2 refuses the regex
      a matches /a(b/                         => 1:11: RE2 refuses the regex
      a RLIKE 'a(b'                           => 1:9: Java refuses the regex
      x > 1H                                  => 1:5: the suffix 'H' of 1H is not one the Cloud SIEM syntax page lists
      a LIKE 'x' ESCAPE 'ab'                  => 1:1: the ESCAPE of LIKE must be one character
      a LIKE 'x' ESCAPE '%'                   => 1:1: ESCAPE '%' would make a LIKE wildcard its own escape
      a = 1 AND nope(b)                       => 1:11: 'nope' is not a function
      a = (                                   => 1:6: unexpected end of the expression
      | json field=fields "a", "b" as x | where x = 1 => 1:3: the json clause has 2 paths and 1 alias
      | json field=fields "a[" as x | where x = 1     => 1:3: the json path "a[" has an unclosed [
      """)
  void refuses(String expression, String expected) {
    SourceFile source = SourceFile.of("rule.cse", expression);
    List<Problem> problems = CseExpression.parse(source).problems();
    assertThat(problems).isNotEmpty();
    Diagnostic d = problems.get(0).toDiagnostic(source);
    assertThat(d.location().line() + ":" + d.location().column() + ": " + d.message()).startsWith(expected);
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    assertThat(Json.problems("nope(a) AND lower(a, b) = 'x' AND c matches /(/")).hasSize(3);
  }

  @Test
  void logSearchNodesAreRefusedByName() {
    Expr ternary = new Expr.Conditional(new Expr.BooleanLit(true, Span.SYNTHETIC),
        new Expr.NumberLit("1", Span.SYNTHETIC), new Expr.NumberLit("2", Span.SYNTHETIC), new Span(0, 9));
    Prepared<CseExpression> p = CseExpression.of(new CseRule(List.of(), ternary, new Span(0, 9)));
    assertThat(p.isReady()).isFalse();
    assertThat(p.problems().get(0).message()).contains("ternary").contains("log-search syntax");
    Expr contains = new Expr.Contains(new Expr.FieldRef("a", Span.SYNTHETIC), new Expr.StringLit("b", Span.SYNTHETIC),
        false, Span.SYNTHETIC);
    assertThat(CseExpression.of(new CseRule(List.of(), contains, Span.SYNTHETIC)).problems().get(0).message())
        .contains("infix 'contains'");
  }

  @Test
  void preparedValueAndProblemsExcludeEachOther() {
    Prepared<CseExpression> ok = CseExpression.parse(SourceFile.of("x", "a = 1"));
    assertThat(ok.value()).isPresent();
    assertThat(ok.problems()).isEmpty();
    Prepared<CseExpression> bad = CseExpression.parse(SourceFile.of("x", "a = nope()"));
    assertThat(bad.value()).isEqualTo(Optional.empty());
  }
}
