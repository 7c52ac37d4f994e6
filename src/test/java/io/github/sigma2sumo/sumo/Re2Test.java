package io.github.sigma2sumo.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What RE2 rejects, found by one pass that knows escapes and character classes. */
class Re2Test {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a(?=b)        | look-around",
      "(?!x)y        | look-around",
      "(?<=-enc )\\S | look-around",
      "(?<!a)b       | look-around",
      "(a)\\1        | back-references",
      "(?<n>a)\\k<n> | back-references",
      "a++           | possessive",
      "a{2}+         | possessive",
      "[a-z]*+       | possessive"})
  void unsupportedFeatures(String pattern, String what) {
    assertThat(Re2.problem(pattern.strip())).hasValueSatisfying(p -> assertThat(p).contains(what));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[*+]x", "\\(?=literal", "[(?=]", "\\\\1", "a+?", "(?i)abc", "(?P<n>a)", "(?<name>a)",
      "[]+]+", "[^]a]", "C:\\\\Windows\\\\.*"})
  void plainCharactersAreNotFeatures(String pattern) {
    assertThat(Re2.problem(pattern)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"(a", "a)", "[a", "x{2,1}", "\\p{Foo}"})
  void syntaxErrors(String pattern) {
    assertThat(Re2.problem(pattern)).hasValueSatisfying(p -> assertThat(p).startsWith("invalid regex"));
  }
}
