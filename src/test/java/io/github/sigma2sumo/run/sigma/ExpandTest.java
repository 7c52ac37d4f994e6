package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static io.github.sigma2sumo.run.sigma.TestRules.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.SigmaRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code expand}: placeholders take the caller's values, read as Sigma strings; without values the rule is not evaluated. */
class ExpandTest {

  private static final Map<String, List<String>> VALUES = Map.of(
      "Servers", List.of("srv*", "dc01"),
      "Domain", List.of("CORP"),
      "Pct", List.of("100\\%"));

  @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} -> {3}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "expand ~ %Servers% ~ srv42 ~ true",
      "expand ~ %Servers% ~ DC01 ~ true",
      "expand ~ %Servers% ~ dc02 ~ false",
      "expand ~ %Servers% ~ %Servers% ~ false",
      "contains|expand ~ %Domain%\\ ~ `x CORP\\bob` ~ true",
      "contains|expand ~ %Domain%\\ ~ `x CORPbob` ~ false",
      "expand ~ %Domain%\\\\%Servers% ~ CORP\\srv1 ~ true",
      "expand ~ %Domain%\\\\%Servers% ~ CORP\\dc01 ~ true",
      "expand ~ %Domain%\\\\%Servers% ~ CORP\\dc ~ false",
      "expand ~ %Domain%\\%Servers% ~ CORP%Servers% ~ true",
      "expand ~ %Domain%\\%Servers% ~ CORP\\srv1 ~ false",
      "expand ~ \\%Domain% ~ %Domain% ~ true",
      "expand ~ \\%Domain% ~ CORP ~ false",
      "expand ~ 50% ~ 50% ~ true",
      "expand ~ %Pct% ~ 100\\% ~ true",
      "expand ~ a?%Domain% ~ abCORP ~ true"})
  void placeholders_matchAnyOfTheirValues(String modifiers, String value, String eventValue, boolean expected) {
    SigmaRule rule = item("F|" + modifiers, TestRules.sq(value));
    assertThat(TestRules.evaluator(rule, VALUES).explain(event("F", eventValue)).matched()).isEqualTo(expected);
  }

  @Test
  void withoutExpand_aPercentIsLiteral() {
    SigmaRule rule = item("F", "'%Domain%'");
    assertThat(TestRules.evaluator(rule, VALUES).explain(event("F", "%Domain%")).matched()).isTrue();
    assertThat(TestRules.evaluator(rule, VALUES).explain(event("F", "CORP")).matched()).isFalse();
  }

  @Test
  void aPlaceholderWithoutValues_isAnErrorAtItsKey() {
    SigmaEvaluator.Result r = SigmaEvaluator.of(item("F|expand", "'%Workstations%'"), VALUES);
    assertThat(r.isOk()).isFalse();
    assertThat(r.errors()).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("%Workstations%").contains("no values");
      assertThat(d.location().line()).isEqualTo(5);
    });
    assertThat(SigmaEvaluator.of(item("F|expand", "'%Domain%'"), Map.of("Domain", List.of())).isOk()).isFalse();
  }
}
