package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownFunctionTest {
  private final CheckTester tester = CheckTester.of(new UnknownFunction());

  @Test
  void suggestsTheNearestFunction() {
    assertThat(tester.reportsOnceAt("* | where toLowerCas(a) = \"x\"", 1, 11).message())
        .isEqualTo("unknown function 'toLowerCas'; did you mean 'tolowercase'?");
  }

  @Test
  void reportsScalarFunctionsUsedAsAggregates() {
    assertThat(tester.reportsOnceAt("* | isNull(x) by f", 1, 5).message()).contains("is not an aggregate function");
  }

  @Test
  void leavesKnownFunctionsAndForeignOnesAlone() {
    tester.isClean("* | where isNull(a) or length(b) > 3 | concat(a, b) as c | count by c");
    tester.isClean("* | where toLower(a) = \"x\"");
  }
}
