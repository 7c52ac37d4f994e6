package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrongArityTest {
  private final CheckTester tester = CheckTester.of(new WrongArity());

  @Test
  void reportsTooFewAndTooManyArguments() {
    assertThat(tester.reportsOnceAt("* | if(a, b) as c", 1, 5).message()).startsWith("'if' takes 3 arguments");
    assertThat(tester.reportsOnceAt("* | where length(a, b) > 1", 1, 11).message()).contains("not 2");
  }

  @Test
  void reportsAggregates() {
    assertThat(tester.reportsOnceAt("* | sum(a, b) by h", 1, 5).message()).startsWith("aggregate 'sum' takes");
  }

  @Test
  void acceptsOptionalArguments() {
    tester.isClean("* | round(x) as a | round(x, 2) as b | substring(s, 1) as c | substring(s, 1, 3) as d");
  }
}
