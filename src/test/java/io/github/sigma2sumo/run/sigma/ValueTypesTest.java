package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static io.github.sigma2sumo.run.sigma.TestRules.item;
import static io.github.sigma2sumo.run.sigma.TestRules.itemMatches;
import static io.github.sigma2sumo.run.sigma.TestRules.matches;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.SigmaRule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How rule values of each YAML type compare with event values of each type (Criterion states
 * the rules): numbers as numbers and as text, booleans, null and empty, lists, mappings, and
 * dotted field names.
 */
class ValueTypesTest {

  @ParameterizedTest(name = "[{index}] {0} vs {1} -> {2}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      // rule value (YAML) ~ event value (JSON) ~ match
      "4688 ~ 4688 ~ true",
      "4688 ~ \"4688\" ~ true",
      "4688 ~ 4688.0 ~ true",
      "4688 ~ \"4688.00\" ~ true",
      "4688 ~ \" 4688\" ~ false",
      "4688 ~ \"0x1250\" ~ false",
      "4688 ~ 4689 ~ false",
      "4688 ~ true ~ false",
      "4688 ~ null ~ false",
      "'4688' ~ 4688 ~ true",
      "'4688' ~ \"4688\" ~ true",
      "'4688' ~ 4688.0 ~ false",
      "'46*' ~ 4688 ~ true",
      "1.5 ~ 1.50 ~ true",
      "-3 ~ \"-3\" ~ true",
      "true ~ true ~ true",
      "true ~ \"True\" ~ true",
      "true ~ \"true \" ~ false",
      "true ~ false ~ false",
      "true ~ 1 ~ false",
      "'true' ~ true ~ true",
      "null ~ null ~ true",
      "null ~ \"\" ~ false",
      "null ~ [] ~ true",
      "null ~ \"null\" ~ false",
      "'' ~ \"\" ~ true",
      "'' ~ null ~ false",
      "'' ~ [] ~ false",
      "[] ~ null ~ true",
      "'a' ~ [\"x\", \"A\"] ~ true",
      "'a' ~ [\"x\", \"y\"] ~ false",
      "'a' ~ [[\"x\"], [\"a\"]] ~ true",
      "'a' ~ {\"a\": \"a\"} ~ false",
      "4688 ~ [1, \"4688\"] ~ true",
      "null ~ [null, \"x\"] ~ true",
      "[1, 2] ~ 2 ~ true",
      "[1, 'x'] ~ \"X\" ~ true"})
  void valuesCompareAcrossTypes(String ruleValue, String eventJson, boolean expected) {
    assertThat(itemMatches("Field", ruleValue, "Field", eventJson)).isEqualTo(expected);
  }

  @Test
  void null_matchesAnAbsentField_andAStringDoesNot() {
    assertThat(matches(item("Field", "null"), event("{\"Other\": 1}"))).isTrue();
    assertThat(matches(item("Field", "''"), event("{\"Other\": 1}"))).isFalse();
    assertThat(matches(item("Field|contains", "''"), event("{\"Other\": 1}"))).isFalse();
  }

  @Test
  void stringModifiers_readANumberAsItsText_andAllTakesOneValue() throws Exception {
    assertThat(TestRules.chainMatches("contains", new java.math.BigDecimal("46"), event("F", "x4688"))).isTrue();
    assertThat(TestRules.chainMatches("startswith", Boolean.TRUE, event("F", "TRUEly"))).isTrue();
    assertThat(itemMatches("F|contains|all", "'a'", "F", "\"xAx\"")).isTrue();
    assertThat(itemMatches("F|contains|all", "'a'", "F", "\"x\"")).isFalse();
  }

  @Test
  void timeframe_isNoSearchIdentifier() {
    SigmaRule rule = TestRules.rule("""
        title: t
        logsource: {product: test}
        detection:
          selection: {A: x}
          timeframe: 5m
          condition: selection
        """);
    Explanation e = TestRules.evaluator(rule).explain(event("A", "x"));
    assertThat(e.matched()).isTrue();
    assertThat(e.searches()).extracting(SearchVerdict::identifier).containsExactly("selection");
  }

  @ParameterizedTest(name = "[{index}] {0} in {1} -> {2}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "userIdentity.arn ~ {\"userIdentity.arn\": \"x\"} ~ true",
      "userIdentity.arn ~ {\"userIdentity\": {\"arn\": \"x\"}} ~ true",
      "userIdentity.arn ~ {\"userIdentity\": {\"arn\": \"y\"}, \"userIdentity.arn\": \"x\"} ~ true",
      "a.b.c ~ {\"a\": {\"b.c\": \"x\"}} ~ true",
      "a.b.c ~ {\"a.b\": {\"c\": \"x\"}} ~ true",
      "a.b.c ~ {\"a\": {\"b\": {\"c\": \"x\"}}} ~ true",
      "a.b.c ~ {\"a\": {\"b\": {\"c\": \"y\"}}, \"a.b\": {\"c\": \"x\"}} ~ true",
      "a.b ~ {\"a\": [{\"b\": \"y\"}, {\"b\": \"x\"}]} ~ true",
      "a.b ~ {\"a\": [{\"b\": \"y\"}, {\"c\": \"x\"}]} ~ false",
      "a.b ~ {\"a\": \"x\"} ~ false",
      "a.b ~ {\"A\": {\"b\": \"x\"}} ~ false",
      "Field ~ {\"field\": \"x\"} ~ false"})
  void fieldNames_areLiteralKeysFirstThenPaths(String field, String eventJson, boolean expected) {
    assertThat(matches(item(field, "'x'"), event(eventJson))).isEqualTo(expected);
  }
}
