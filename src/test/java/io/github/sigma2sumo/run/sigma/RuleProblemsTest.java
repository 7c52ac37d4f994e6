package io.github.sigma2sumo.run.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.sigma.SigmaFilter;
import io.github.sigma2sumo.sigma.SigmaLoader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What cannot be evaluated is an error naming the construct and where it is, never a silent pass or non-match. */
class RuleProblemsTest {

  private static String problem(String modifiers, Object... raw) {
    try {
      ModifierChain.apply(modifiers.isEmpty() ? List.of() : List.of(modifiers.split("\\|", -1)), Arrays.asList(raw),
          false, Map.of());
      return "none";
    } catch (RuleProblem p) {
      return p.getMessage();
    }
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "endwith ~ x ~ the modifier 'endwith' is not in the Sigma specification",
      "contains| ~ x ~ an empty modifier",
      "contains|re ~ x ~ 're' reads the value as written, so it must come first",
      "contains|cidr ~ 10.0.0.0/8 ~ 'cidr' reads the value as written",
      "contains|fieldref ~ B ~ 'fieldref' reads the value as written",
      "i ~ x ~ 'i' is a flag of 're' and needs it before",
      "contains|s ~ x ~ 's' is a flag of 're'",
      "exists ~ yes ~ 'exists' takes true or false, not 'yes'",
      "base64 ~ a*b ~ 'base64' cannot encode a value with wildcards",
      "contains|base64offset ~ a ~ 'base64offset' cannot encode a value with wildcards",
      "gt ~ 5 ~ 'gt' compares numbers; this value is none",
      "re|windash ~ -a ~ 'windash' does not apply to a regular expression",
      "cidr|contains ~ 10.0.0.0/8 ~ 'contains' does not apply to a cidr 10.0.0.0/8 value",
      "re|expand ~ %x% ~ 'expand' on a regular expression is not evaluated",
      "re ~ [[:digit:]] ~ the POSIX character class",
      "re ~ a(b ~ is not a valid regular expression",
      "expand|base64 ~ %x% ~ the placeholder %x% has no values",
      "base64|expand ~ %x% ~ 'base64' cannot encode a placeholder; put 'expand' before it",
      "windash|base64 ~ -a -b -c -d -e -f ~ windash spells this value more than 3125 ways"})
  void modifierChains_thatCannotApply(String modifiers, String value, String message) {
    assertThat(problem(modifiers, value)).contains(message);
  }

  @Test
  void nullAndBooleansUnderStringModifiers() {
    assertThat(problem("contains", (Object) null)).contains("'contains' does not apply to null");
    assertThat(problem("contains", Boolean.TRUE)).isEqualTo("none");
    assertThat(problem("exists", "true")).contains("takes true or false");
    assertThat(problem("hour", "5")).contains("compares the hour of a timestamp with a number");
    assertThat(problem("windash|base64", new BigDecimal(-1))).isEqualTo("none");
  }

  private static List<String> errors(String yaml) {
    SigmaLoader.Loaded loaded = TestRules.load(yaml);
    assertThat(loaded.rules()).as("the loader takes the rule").hasSize(1);
    return SigmaEvaluator.of(loaded.rules().get(0), loaded.filters(), Map.of()).errors().stream()
        .map(RuleProblemsTest::located).toList();
  }

  private static String located(Diagnostic d) {
    return d.location().line() + ":" + d.location().column() + ": " + d.message();
  }

  @Test
  void errors_pointAtTheItemKey() {
    assertThat(errors("""
        title: t
        logsource: {product: test}
        detection:
          selection:
            Image|endswith: '\\\\x.exe'
            Data|re: '[[:alpha:]]+'
          keywords:
            '|cidr': 10.0.0.0/8
          condition: selection or keywords
        """)).containsExactly(
            "6:5: 'Data|re': the POSIX character class in /[[:alpha:]]+/ is not evaluated (Java regex reads it as a set "
                + "of characters)",
            "8:5: '|cidr': a keyword search (an item without a field) cannot use cidr 10.0.0.0/8");
  }

  @Test
  void aRuleWithAFilterAlreadyApplied_isRefusedWithTheReason() {
    SigmaLoader.Loaded loaded = TestRules.load("""
        title: t
        id: 6f3e2987-db24-4c78-a860-b4f4095a7095
        logsource: {product: test}
        detection:
          selection: {A: x}
          condition: selection
        ---
        title: f
        logsource: {product: test}
        filter:
          rules: [6f3e2987-db24-4c78-a860-b4f4095a7095]
          selection: {B: y}
          condition: not selection
        """);
    SigmaFilter f = loaded.filters().get(0);
    SigmaEvaluator.Result r = SigmaEvaluator.of(f.applyTo(loaded.rules().get(0), 0), Map.of());
    assertThat(r.isOk()).isFalse();
    assertThat(r.errors().stream().map(Diagnostic::message).collect(Collectors.joining()))
        .contains("'_filter0_selection'").contains("give the rule as loaded and its filters apart");
    assertThat(SigmaEvaluator.of(loaded.rules().get(0), loaded.filters(), Map.of()).isOk()).isTrue();
  }
}
