package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverbroadHostWildcardTest {
  private final CheckTester tester = CheckTester.of(new OverbroadHostWildcard());

  @Test
  void showsRealHostsThePatternAlsoMatches() {
    assertThat(tester.reportsOnceAt("* | where h matches \"*t.co*\"", 1, 21).message())
        .isEqualTo("\"*t.co*\" also matches 'microsoft.com' and 'githubusercontent.com'; anchor it at a label boundary");
    assertThat(tester.reportsOnceAt("* | where h matches \"*box.com*\"", 1, 21).message()).contains("'dropbox.com' and 'xbox.com'");
    assertThat(tester.reportsOnceAt("* | where h matches \"*slack.com\"", 1, 21).message()).contains("'xslack.com'");
  }

  @Test
  void fixAnchorsAtALabelBoundary() {
    var d = tester.reportsOnceAt("* | where h matches \"*slack.com\"", 1, 21);
    assertThat(CheckTester.replacement(d)).contains("/(?i)(^|\\.)slack\\.com$/");
  }

  @Test
  void reportsUnanchoredDomainsInRegexes() {
    assertThat(tester.reportsOnceAt("* | where h matches /.*(dropbox|box\\.com).*/", 1, 21).message())
        .startsWith("the domain box.com in this regex is not anchored");
  }

  @Test
  void leavesAnchoredPatternsAndFileNamesAlone() {
    tester.isClean("* | where h matches /(^|\\.)box\\.com$/ or h matches \"*.box.com\" or h = \"box.com\"");
    tester.isClean("* | where image matches \"*cmd.exe*\"");
  }

  /** Found linting the compiled corpus: file names such as BloodHound.zip were read as domains. */
  @Test
  void leavesFileAndRegistryFieldsAlone() {
    tester.isClean("* | where TargetFilename matches /(?is)^(?:.*BloodHound\\.zip|.*_users\\.json)$/"
        + " and toLowerCase(ParentImage) matches \"*com.apple.webkit.webcontent*\""
        + " and TargetObject matches \"*software.example.com*\"");
    tester.reportsOnceAt("* | where CommandLine matches \"*pastebin.com*\"", 1, 31);
    tester.reportsOnceAt("* | where Profile matches \"*pastebin.com*\"", 1, 27); // a word of the name, not any substring
  }
}
