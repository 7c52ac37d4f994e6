package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RegexInWildcardTest {
  private final CheckTester tester = CheckTester.of(new RegexInWildcard());

  @Test
  void reportsRegexAndOffersTheRegexLiteral() {
    var d = tester.reportsOnceAt("* | where h matches \".*(dropbox|box\\\\.com).*\"", 1, 21);
    assertThat(d.message()).startsWith("this quoted pattern is a wildcard pattern");
    assertThat(CheckTester.replacement(d)).contains("/.*(dropbox|box\\.com).*/");
  }

  @Test
  void describesTheFixWhenNoRegexLiteralCanHoldThePattern() {
    var d = tester.reportsOnceAt("* | where h matches \"*(a|b)*\"", 1, 21);
    assertThat(CheckTester.replacement(d)).isEmpty();
    assertThat(d.fix().orElseThrow().description()).isEqualTo("write the pattern as a regex literal /.../");
  }

  @ParameterizedTest
  @ValueSource(strings = {"^cmd", ".+x", "(?i)x", "\\\\d+", "a(b|c)d", "[a-z]+\\\\.exe", "[^\\\"]*"})
  void reportsRegexConstructs(String pattern) {
    assertThat(tester.findings("* | where h matches \"" + pattern + "\"")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*google.*", "*.exe", "*reason [shutdown initiated]*", "C:\\\\Windows\\\\*", "a?c", "{{p}}"})
  void leavesWildcardsAlone(String pattern) {
    tester.isClean("* | where h matches \"" + pattern + "\"");
  }
}
