package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.itemMatches;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code gt}, {@code gte}, {@code lt}, {@code lte} and the time parts, with the bounds on each side. */
class NumericAndTimeModifiersTest {

  @ParameterizedTest(name = "[{index}] {0} {1} vs {2} -> {3}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "gt ~ 10 ~ 11 ~ true",
      "gt ~ 10 ~ 10 ~ false",
      "gt ~ 10 ~ 10.001 ~ true",
      "gte ~ 10 ~ 10 ~ true",
      "gte ~ 10 ~ 9.999 ~ false",
      "lt ~ 10 ~ 9 ~ true",
      "lt ~ 10 ~ 10 ~ false",
      "lte ~ 10 ~ 10 ~ true",
      "lte ~ 10 ~ 11 ~ false",
      "gt ~ 10 ~ \"11\" ~ true",
      "gt ~ 10 ~ \"1e3\" ~ false",
      "gt ~ 10 ~ \"eleven\" ~ false",
      "gt ~ 10 ~ null ~ false",
      "gt ~ -1.5 ~ -1 ~ true",
      "lt ~ 0 ~ [5, -1] ~ true",
      "gt ~ 10000000 ~ 10000001 ~ true",
      "gt ~ 0 ~ true ~ false"})
  void compare_comparesNumbersAndDecimalTexts(String op, String bound, String eventJson, boolean expected) {
    assertThat(itemMatches("Bytes|" + op, bound, "Bytes", eventJson)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} {1} vs {2} -> {3}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "hour ~ 23 ~ \"2025-10-24T23:41:48.497170Z\" ~ true",
      "hour ~ 22 ~ \"2025-10-24T23:41:48.497170Z\" ~ false",
      "hour ~ 23 ~ \"2025-10-24 23:41:48.482\" ~ true",
      "hour ~ 23 ~ \"2025-10-24T23:41:48+05:00\" ~ true",
      "hour ~ 0 ~ \"2025-10-24\" ~ true",
      "minute ~ 41 ~ \"2025-10-24T23:41:48Z\" ~ true",
      "minute ~ 40 ~ \"2025-10-24T23:41:48Z\" ~ false",
      "day ~ 24 ~ \"2025-10-24T23:41:48Z\" ~ true",
      "month ~ 10 ~ \"2025-10-24T23:41:48Z\" ~ true",
      "year ~ 2025 ~ \"2025-10-24T23:41:48Z\" ~ true",
      "week ~ 43 ~ \"2025-10-24T23:41:48Z\" ~ true",
      "week ~ 1 ~ \"2024-12-30\" ~ true",
      "week ~ 53 ~ \"2021-01-01\" ~ true",
      "hour ~ 23 ~ 1761349308 ~ true",
      "hour ~ 23 ~ 1761349308497 ~ true",
      "hour ~ 23 ~ \"1761349308\" ~ true",
      "hour ~ 23 ~ \"Oct 24 23:41:48\" ~ false",
      "hour ~ 23 ~ \"2025-13-24T23:41:48Z\" ~ false",
      "hour ~ 23 ~ null ~ false",
      "hour|gte ~ 22 ~ \"2025-10-24T23:00:00Z\" ~ true",
      "hour|gte ~ 22 ~ \"2025-10-24T21:59:59Z\" ~ false",
      "hour|lt ~ 6 ~ \"2025-10-24T05:59:59Z\" ~ true",
      "hour|lt ~ 6 ~ \"2025-10-24T06:00:00Z\" ~ false"})
  void timeParts_readTheTimestampAsWritten(String modifiers, String value, String eventJson, boolean expected)
      throws Exception {
    assertThat(TestRules.chainMatches(modifiers, new BigDecimal(value),
        TestRules.event("{\"F\": " + eventJson + "}"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(delimiterString = " ~ ", value = {
      "hour ~ 24 ~ between 0 and 23",
      "minute ~ 60 ~ between 0 and 59",
      "day ~ 0 ~ between 1 and 31",
      "month ~ 13 ~ between 1 and 12",
      "hour ~ 1.5 ~ a whole number",
      "gte|hour ~ 1 ~ compares the hour of a timestamp with a number"})
  void timeParts_outOfRangeAreRuleProblems(String modifiers, String value, String message) {
    Optional<String> problem;
    try {
      ModifierChain.apply(java.util.List.of(modifiers.split("\\|")), java.util.List.of(new BigDecimal(value)), false,
          java.util.Map.of());
      problem = Optional.empty();
    } catch (RuleProblem p) {
      problem = Optional.of(p.getMessage());
    }
    assertThat(problem).hasValueSatisfying(m -> assertThat(m).contains(message));
  }
}
