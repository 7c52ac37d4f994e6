package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WildcardLiteralTest {
  private final CseCheckTester tester = CseCheckTester.of(new WildcardLiteral());

  @Test
  void starInEquality() {
    assertThat(tester.reportsOnceAt("commandLine = '*whoami*'", 1, 15).message())
        .isEqualTo("'*' is a literal character in =; for a wildcard write LIKE '%whoami%' or matches \"*whoami*\"");
    tester.reportsOnceAt("baseImage != \"*\\\\cmd.exe\"", 1, 14);
  }

  @Test
  void starInInLists() {
    assertThat(tester.reportsOnceAt("lower(baseImage) IN ('a.exe', '*b.exe')", 1, 31).message()).contains("in IN");
  }

  @Test
  void wildcardOperatorsAndLoneStarsAreFine() {
    tester.isClean("commandLine LIKE '%whoami%' AND commandLine matches \"*whoami*\" AND fields['x'] = '*'");
  }
}
