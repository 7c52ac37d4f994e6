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

  /** Found linting compiled corpus rules: regexes whose matches do not depend on case were reported. */
  @Test
  void regexesThatMatchTheSameInAnyCaseAreClean() {
    tester.isClean("commandLine matches /^(?s:.*)(?::\\/\\/[0-9]{1,3}\\.[0-9]{1,3})(?s:.*)$/"
        + " AND commandLine matches /^(?s:.*)(?:[0-9][a-fA-F0-9]{8})(?s:.*)$/"
        + " AND commandLine matches /^(?s:.*)(?:(.){200,})(?s:.*)$/"
        + " AND commandLine matches /(?P<x>\\d+)\\s\\x2e\\p{Greek}[[:alpha:]]/");
    tester.reportsOnceAt("commandLine matches /\\x41/", 1, 21);
    tester.reportsOnceAt("commandLine matches /\\Qa.b\\E/", 1, 21);
    tester.reportsOnceAt("commandLine matches /^(?s:.*)(?:\\s-[FTd]\\s)(?s:.*)$/", 1, 21);
    tester.reportsOnceAt("file_path matches /\\\\sessionresume_[a-zA-Z]{8}$/", 1, 19);
    tester.reportsOnceAt("commandLine matches /0x[a-fA-F0-9]{8}/", 1, 21); // 0X is another spelling
    tester.reportsOnceAt("commandLine matches /[0-9]{id}/", 1, 21); // braces that are no repetition are literal
  }
}
