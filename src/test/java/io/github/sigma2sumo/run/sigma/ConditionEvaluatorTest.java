package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static io.github.sigma2sumo.run.sigma.TestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.SigmaRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conditions over four identifiers that test fields A, B, C and _D of the event: each holds when
 * its field is "1". The table gives the condition, which fields are "1", and the verdict.
 */
class ConditionEvaluatorTest {

  private static SigmaRule rule(String condition) {
    return TestRules.rule("""
        title: t
        logsource: {product: test}
        detection:
          sel_a: {A: '1'}
          sel_b: {B: '1'}
          filter_c: {C: '1'}
          _hidden: {D: '1'}
          condition: %s
        """.formatted(condition));
  }

  private static boolean verdict(String condition, String ones) {
    StringBuilder json = new StringBuilder("{");
    for (String f : new String[] {"A", "B", "C", "D"}) {
      json.append(json.length() > 1 ? ", " : "").append('"').append(f).append("\": \"")
          .append(ones.contains(f) ? "1" : "0").append('"');
    }
    return TestRules.matches(rule(condition), event(json.append('}').toString()));
  }

  @ParameterizedTest(name = "[{index}] {0} with {1} -> {2}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "sel_a ~ A ~ true",
      "sel_a ~ B ~ false",
      "sel_a and sel_b ~ A ~ false",
      "sel_a and sel_b ~ AB ~ true",
      "sel_a or sel_b ~ B ~ true",
      "sel_a or sel_b ~ C ~ false",
      "not sel_a ~ B ~ true",
      "not sel_a and sel_b ~ AB ~ false",
      "not sel_a and sel_b ~ B ~ true",
      "not (sel_a and sel_b) ~ A ~ true",
      "sel_a and not filter_c ~ AC ~ false",
      "sel_a and not filter_c ~ A ~ true",
      "sel_a or sel_b and filter_c ~ A ~ true",
      "(sel_a or sel_b) and filter_c ~ A ~ false",
      "1 of sel_* ~ B ~ true",
      "1 of sel_* ~ C ~ false",
      "any of sel_* ~ B ~ true",
      "all of sel_* ~ A ~ false",
      "all of sel_* ~ AB ~ true",
      "1 of them ~ C ~ true",
      "1 of them ~ D ~ false",
      "all of them ~ ABC ~ true",
      "all of them ~ AB ~ false",
      "1 of _* ~ D ~ true",
      "1 of *_* ~ D ~ false",
      "1 of *_c ~ C ~ true",
      "1 of s*l_b ~ B ~ true",
      "1 of sel_a ~ A ~ true",
      "all of sel_* and not 1 of filter_* ~ AB ~ true",
      "all of sel_* and not 1 of filter_* ~ ABC ~ false",
      "`[sel_a, sel_b]` ~ B ~ true",
      "`[sel_a, sel_b]` ~ C ~ false",
      "_hidden ~ D ~ true"})
  void conditions_combineIdentifiers(String condition, String ones, boolean expected) {
    assertThat(verdict(condition, ones)).isEqualTo(expected);
  }

  @Test
  void explanation_givesEveryIdentifierAndItem() {
    Explanation e = TestRules.evaluator(rule("sel_a and not filter_c")).explain(event("{\"A\": \"1\", \"C\": \"0\"}"));
    assertThat(e.matched()).isTrue();
    assertThat(e.searches()).extracting(SearchVerdict::identifier, SearchVerdict::matched).containsExactly(
        org.assertj.core.groups.Tuple.tuple("sel_a", true), org.assertj.core.groups.Tuple.tuple("sel_b", false),
        org.assertj.core.groups.Tuple.tuple("filter_c", false), org.assertj.core.groups.Tuple.tuple("_hidden", false));
    assertThat(e.items()).hasSize(4);
    ItemVerdict a = e.items().get(0);
    assertThat(a.key()).isEqualTo("A");
    assertThat(a.ruleValue()).contains("'1'");
    assertThat(a.eventValue()).contains("'1'");
    assertThat(a.location().line()).isEqualTo(4);
    assertThat(a.location().column()).isEqualTo(11);
    assertThat(e.items().get(3).eventValue()).contains("absent");
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1}")
  @CsvSource(delimiterString = " ~ ", value = {
      "a*b ~ aXYb ~ true",
      "a*b ~ ab ~ true",
      "a*b ~ aXYc ~ false",
      "*a* ~ bab ~ true",
      "a**b ~ ab ~ true",
      "abc ~ abcd ~ false",
      "s*****el_*** ~ sel_x ~ true"})
  void globMatches_wholeNames(String pattern, String name, boolean expected) {
    assertThat(ConditionEvaluator.globMatches(pattern, name)).isEqualTo(expected);
  }
}
