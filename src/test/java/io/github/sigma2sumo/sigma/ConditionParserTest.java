package io.github.sigma2sumo.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The condition grammar: precedence, selectors, and errors with positions (sigma.md §4.1). */
class ConditionParserTest {

  private static String tree(String text) {
    return show(ConditionParser.parse(text).condition().orElseThrow());
  }

  private static String show(Condition c) {
    if (c instanceof Condition.Or o) {
      return "or(" + String.join(", ", o.terms().stream().map(ConditionParserTest::show).toList()) + ")";
    } else if (c instanceof Condition.And a) {
      return "and(" + String.join(", ", a.terms().stream().map(ConditionParserTest::show).toList()) + ")";
    } else if (c instanceof Condition.Not n) {
      return "not(" + show(n.operand()) + ")";
    } else if (c instanceof Condition.Selector s) {
      return (s.all() ? "all:" : "any:") + s.pattern();
    }
    return ((Condition.Ref) c).name();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not a and b or c | or(and(not(a), b), c)",
      "a or b and c | or(a, and(b, c))",
      "a and (b or c) | and(a, or(b, c))",
      "sel and notsel | and(sel, notsel)",
      "1 of selection_* and not all of filter_* | and(any:selection_*, not(all:filter_*))",
      "any of them | any:them",
      "not not a | not(not(a))",
      "sel-1 and sel_2 | and(sel-1, sel_2)"})
  void parses(String text, String expected) {
    assertThat(tree(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "a and ~ 5 ~ the condition ends early",
      "a AND b ~ 2 ~ unexpected 'AND'",
      "2 of sel* ~ 0 ~ '2 of' is not a selector",
      "sel | count() > 5 ~ 4 ~ the pipe syntax of Sigma 1",
      "(a or b ~ 7 ~ the condition ends early; expected ')'",
      "a) ~ 1 ~ unexpected ')'",
      "sel* ~ 0 ~ 'sel*' is a pattern",
      "a = b ~ 2 ~ unexpected character '='"})
  void reportsWhereAndWhy(String text, int offset, String message) {
    ConditionParser.Result r = ConditionParser.parse(text);
    assertThat(r.condition()).isEmpty();
    assertThat(r.error().orElseThrow().span().start()).isEqualTo(offset);
    assertThat(r.error().get().message()).contains(message);
  }

  @Test
  void boundsNesting() {
    String deep = "(".repeat(500) + "a" + ")".repeat(500);
    assertThat(ConditionParser.parse(deep).error().orElseThrow().message()).contains("nests deeper");
  }
}
