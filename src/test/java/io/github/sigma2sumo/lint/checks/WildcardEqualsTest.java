package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WildcardEqualsTest {
  private final CheckTester tester = CheckTester.of(new WildcardEquals());

  @Test
  void reportsWildcardComparedWithEquals() {
    var d = tester.reportsOnceAt("* | where status = \"5*\"", 1, 11);
    assertThat(d.message()).isEqualTo("'=' compares \"5*\" literally, '*' included; wildcards need 'matches'");
    assertThat(CheckTester.replacement(d)).contains("status matches \"5*\"");
    assertThat(tester.findings("* | where status != \"5*\"")).hasSize(1);
  }

  @Test
  void leavesTheAllValuesIdiomAndPlainValuesAlone() {
    tester.isClean("* | where \"{{user}}\" = \"*\"");
    tester.isClean("* | where status = \"500\" | where status matches \"5*\"");
  }

  /** Found linting the compiled corpus: a Sigma value with a literal star compiles to an escaped one. */
  @Test
  void leavesAnEscapedStarAlone() {
    tester.isClean("* | where toLowerCase(path) = \"\\\\\\*\\ipc$\"");
    tester.reportsOnceAt("* | where path = \"\\\\*\\ipc$\"", 1, 11); // \\ is a backslash, then a bare star
  }
}
