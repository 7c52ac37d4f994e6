package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForeignFunctionTest {
  private final CheckTester tester = CheckTester.of(new ForeignFunction());

  @Test
  void reportsFunctionsOfOtherLanguagesWithTheSumoEquivalent() {
    assertThat(tester.reportsOnceAt("* | where toLower(a) = \"x\"", 1, 11).message())
        .isEqualTo("'toLower' is not a Sumo Logic function; use toLowerCase(x)");
    assertThat(tester.reportsOnceAt("* | coalesce(a, b) as c", 1, 5).message()).contains("if(isNull(a), b, a)");
    assertThat(tester.reportsOnceAt("* | dcount(a) by h", 1, 5).message()).contains("count_distinct(x)");
  }

  @Test
  void reportsEmptyCountParentheses() {
    var d = tester.reportsOnceAt("* | count() by h", 1, 5);
    assertThat(d.message()).isEqualTo("'count()' with empty parentheses is not Sumo syntax; write 'count'");
    assertThat(CheckTester.replacement(d)).contains("count");
  }

  @Test
  void findsFunctionsInsideForeignOperators() {
    assertThat(tester.findings("* | eval x = toLower(coalesce(a, \"\"))")).hasSize(2);
    assertThat(tester.findings("* | stats count() as n, dcount(a) as d by h")).hasSize(2);
  }

  @Test
  void leavesSumoFunctionsAlone() {
    tester.isClean("* | where toLowerCase(a) = \"x\" | count_distinct(a) by h");
    tester.isClean("* | count by h | count(*) as n");
  }
}
