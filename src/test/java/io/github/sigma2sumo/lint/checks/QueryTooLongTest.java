package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTooLongTest {
  private final CheckTester tester = CheckTester.of(new QueryTooLong());

  @Test
  void reportsQueriesLongerThanSumoAccepts() {
    String query = "* | where a in (" + "\"x\", ".repeat(3000) + "\"y\")";
    assertThat(tester.reportsOnceAt(query, 1, 1).message()).contains("Sumo accepts at most 15000");
  }

  @Test
  void acceptsQueriesUpToTheLimit() {
    tester.isClean("* | where a = \"" + "x".repeat(14_000) + "\"");
  }
}
