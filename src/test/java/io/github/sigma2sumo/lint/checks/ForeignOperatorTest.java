package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignOperatorTest {
  private final CheckTester tester = CheckTester.of(new ForeignOperator());

  @ParameterizedTest
  @ValueSource(strings = {"eval x = 1", "stats count by h", "table a, b", "rename a as b", "search foo",
      "head 10", "tail 10", "rex \"(?<a>x)\"", "spath", "timechart count", "project a", "take 5"})
  void reportsOperatorsOfOtherLanguages(String stage) {
    var d = tester.reportsOnceAt("* | " + stage, 1, 5);
    assertThat(d.message()).isEqualTo("'" + stage.split(" ")[0] + "' is not a Sumo Logic log-search operator");
    assertThat(d.fix()).isPresent();
  }

  @Test
  void fixNamesTheSumoWay() {
    assertThat(tester.reportsOnceAt("* | table a, b", 1, 5).fix().orElseThrow().description()).contains("fields a, b");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "stats count by h                | count by h",
      "stats sum(bytes) as total by u  | sum(bytes) as total by u",
      "eval x = a + 1                  | a + 1 as x",
      "EVAL size=len(x)                | len(x) as size"})
  void statsAndEvalHaveCertainFixes(String stage, String fixed) {
    var fix = tester.reportsOnceAt("* | " + stage, 1, 5).fix().orElseThrow();
    assertThat(fix.certain()).isTrue();
    assertThat(fix.replacement()).contains(fixed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"stats dc(user) by h", "eval a = 1, b = 2", "eval a == 1", "stats", "eval x ="})
  void aFixThatIsNotExactlyTheSumoStageIsOnlyDescribed(String stage) {
    var fix = tester.reportsOnceAt("* | " + stage, 1, 5).fix().orElseThrow();
    assertThat(fix.certain()).isFalse();
    assertThat(fix.replacement()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"* | fields a, b", "* | count by h", "* | limit 10", "* | summarize",
      "* | logreduce(text) by f", "* | x as y"})
  void leavesSumoOperatorsAlone(String query) {
    tester.isClean(query);
  }
}
