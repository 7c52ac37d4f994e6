package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownOperatorTest {
  private final CheckTester tester = CheckTester.of(new UnknownOperator());

  @Test
  void suggestsTheNearestOperator() {
    assertThat(tester.reportsOnceAt("* | lookp a from x on b=c", 1, 5).message())
        .isEqualTo("unknown operator 'lookp'; did you mean 'lookup'?");
  }

  @Test
  void reportsWithoutSuggestionWhenNothingIsNear() {
    assertThat(tester.reportsOnceAt("* | frobnicate x", 1, 5).message()).isEqualTo("unknown operator 'frobnicate'");
  }

  @Test
  void leavesKnownAndForeignOperatorsAndTemplatesAlone() {
    tester.isClean("* | accum x | transaction on a | join (x) as t1, (y) as t2 on t1.a = t2.a");
    tester.isClean("* | eval x = 1");
    tester.isClean("* | {{filter}}");
  }
}
