package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static io.github.sigma2sumo.run.sigma.TestRules.item;
import static io.github.sigma2sumo.run.sigma.TestRules.itemMatches;
import static io.github.sigma2sumo.run.sigma.TestRules.quoted;
import static io.github.sigma2sumo.run.sigma.TestRules.sq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code re} with its flags {@code i}, {@code m}, {@code s}: a PCRE-like search, guarded against runaway backtracking. */
class RegexModifierTest {

  @ParameterizedTest(name = "[{index}] {0}: /{1}/ vs {2} -> {3}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "re ~ cmd\\.exe ~ C:\\cmd.exe ~ true",
      "re ~ cmd\\.exe ~ C:\\cmdxexe ~ false",
      "re ~ cmd\\.exe ~ C:\\CMD.EXE ~ false",
      "re|i ~ cmd\\.exe ~ C:\\CMD.EXE ~ true",
      "re|ignorecase ~ cmd\\.exe ~ C:\\CMD.EXE ~ true",
      "re ~ ^cmd ~ xcmd ~ false",
      "re ~ ^cmd ~ cmdx ~ true",
      "re|contains ~ ^cmd ~ xcmd ~ false",
      "re ~ a.b ~ `a\nb` ~ false",
      "re|s ~ a.b ~ `a\nb` ~ true",
      "re|dotall ~ a.b ~ `a\nb` ~ true",
      "re ~ ^b$ ~ `a\nb\nc` ~ false",
      "re|m ~ ^b$ ~ `a\nb\nc` ~ true",
      "re|multiline ~ ^b$ ~ `a\nb\nc` ~ true",
      "re ~ a$ ~ `a\n` ~ true",
      "re|i ~ \u00e9t\u00e9 ~ \u00c9T\u00c9 ~ true",
      "re ~ (?i)abc ~ ABC ~ true",
      "re ~ foo(?=bar) ~ foobar ~ true",
      "re ~ foo(?=bar) ~ foobaz ~ false",
      "re ~ \\s-[FTd]\\s ~ `curl -F x` ~ true",
      "re ~ \\s-[FTd]\\s ~ `curl -f x` ~ false",
      "re ~ `[*?]` ~ `a*` ~ true",
      "re ~ `'\"%_` ~ `x'\"%_y` ~ true"})
  void regex_searchesAnywhereWithItsFlags(String modifiers, String regex, String value, boolean expected) {
    assertThat(itemMatches("F|" + modifiers, sq(regex), "F", quoted(value))).isEqualTo(expected);
  }

  @Test
  void carriageReturn_isNoLineEnd() {
    assertThat(TestRules.matches(item("F|re", "'a.b'"), event("F", "a\rb"))).isTrue();
    assertThat(TestRules.matches(item("F|re", "'a.b'"), event("F", "a\nb"))).isFalse();
  }

  /** Chains the loader refuses, which the evaluator still reads as the specification says. */
  @ParameterizedTest(name = "[{index}] {0}: /{1}/ vs {2} -> {3}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "re|cased ~ cmd ~ CMD ~ false",
      "re|cased ~ cmd ~ cmd ~ true",
      "re ~ (?P<x>a)(?P=x) ~ aa ~ true",
      "re ~ (?P<x>a)(?P=x) ~ ab ~ false"})
  void regex_beyondTheLoader(String modifiers, String regex, String value, boolean expected) throws Exception {
    assertThat(TestRules.chainMatches(modifiers, regex, event("F", value))).isEqualTo(expected);
  }

  @Test
  void regex_ofANumberReadsItsText() throws Exception {
    assertThat(TestRules.chainMatches("re", new java.math.BigDecimal("46.8"), event("F", "4668"))).isTrue();
    assertThat(TestRules.chainMatches("re", new java.math.BigDecimal("46.8"), event("F", "4768"))).isFalse();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void catastrophicBacktracking_isAnErrorNotAHang() {
    Explanation e = TestRules.evaluator(item("F|re", "'(.*a){25}!'")).explain(event("F", "a".repeat(50)));
    assertThat(e.isError()).isTrue();
    assertThat(e.error().get()).contains("/(.*a){25}!/").contains("steps");
    assertThat(e.matched()).isFalse();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void longValues_areSearchedLinearlyWhenThePatternAllows() {
    String value = "x".repeat(200_000) + "needle";
    assertThat(TestRules.matches(item("F|re", "'needle'"), event("F", value))).isTrue();
    assertThat(TestRules.matches(item("F|re", "'nee+dle$'"), event("F", value))).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " ~ ", value = {
      "( ~ is not a valid regular expression",
      "[[:alpha:]] ~ POSIX character class",
      "a{2,1} ~ is not a valid regular expression"})
  void badRegexes_areRejectedWhenTheEvaluatorIsBuilt(String regex, String message) {
    assertThatThrownBy(() -> GuardedRegex.compile(regex, Set.of())).isInstanceOf(RuleProblem.class)
        .hasMessageContaining(message);
  }
}
