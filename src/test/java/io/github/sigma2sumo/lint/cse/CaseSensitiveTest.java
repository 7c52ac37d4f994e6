package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseSensitiveTest {
  private final CseCheckTester tester = CseCheckTester.of(new CaseSensitive());

  @Test
  void caseVaryingFieldsComparedExactly() {
    assertThat(tester.reportsOnceAt("baseImage LIKE '%\\powershell.exe'", 1, 16).message())
        .startsWith("baseImage is compared case-sensitively");
    tester.reportsOnceAt("commandLine matches /.*whoami.*/", 1, 21);
    tester.reportsOnceAt("user_username IN ('admin', '1')", 1, 19);
  }

  @Test
  void upperCaseValueAgainstLowerCasedField() {
    assertThat(tester.reportsOnceAt("lower(commandLine) = 'Invoke-WebRequest'", 1, 22).message())
        .contains("never matches");
  }

  @Test
  void lowerCasedCaseInsensitiveOrCaseFree() {
    tester.isClean("lower(commandLine) LIKE '%whoami%' AND commandLine matches /(?i).*whoami.*/"
        + " AND baseImage RLIKE '(?i)cmd\\.exe' AND pid = '4' AND metadata_vendor = 'Microsoft'"
        + " AND lower(commandLine) matches /\\S+ -enc/ AND baseImage matches /^(?is:.*)x$/");
  }
}
