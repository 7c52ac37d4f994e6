package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegationPrecedenceTest {
  private final CheckTester tester = CheckTester.of(new NegationPrecedence());

  @Test
  void reportsBangBeforeAMatch() {
    var d = tester.reportsOnceAt("* | where !a matches \"x*\"", 1, 11);
    assertThat(d.message()).isEqualTo("'!' negates only 'a', not the whole test; write !( ... ) around it");
    assertThat(CheckTester.replacement(d)).contains("!(a matches \"x*\")");
  }

  @Test
  void leavesParenthesisedNegationAlone() {
    tester.isClean("* | where !(a matches \"x*\") and !isNull(b)");
  }
}
