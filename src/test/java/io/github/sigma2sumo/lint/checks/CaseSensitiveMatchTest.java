package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseSensitiveMatchTest {
  private final CheckTester tester = CheckTester.of(new CaseSensitiveMatch());

  @Test
  void reportsWindowsNamesComparedCaseSensitively() {
    var d = tester.reportsOnceAt("* | where Image matches \"*powershell.exe*\"", 1, 11);
    assertThat(d.message()).contains("case-sensitive");
    assertThat(CheckTester.replacement(d)).contains("toLowerCase(Image) matches \"*powershell.exe*\"");
  }

  @Test
  void keepsAMisplacedNegationOutsideTheFix() {
    var d = tester.reportsOnceAt("* | where !Image matches \"*\\\\OneDrive.exe\"", 1, 11);
    assertThat(CheckTester.replacement(d)).contains("!(toLowerCase(Image) matches \"*\\onedrive.exe\")");
  }

  @Test
  void leavesLowerCasedAndCaseInsensitiveComparisonsAlone() {
    tester.isClean("* | where toLowerCase(Image) matches \"*powershell.exe*\"");
    tester.isClean("* | where Image matches /(?i)powershell\\.exe$/");
    tester.isClean("* | where status matches \"*error*\"");
  }
}
