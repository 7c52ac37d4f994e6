package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidRegexTest {
  private final CheckTester tester = CheckTester.of(new InvalidRegex());

  @Test
  void reportsWhatRe2LacksInRegexLiterals() {
    assertThat(tester.reportsOnceAt("* | where a matches /(?=x)y/", 1, 21).message()).contains("look-around");
    assertThat(tester.reportsOnceAt("* | where a matches /(a)\\1/", 1, 21).message()).contains("back-references");
    assertThat(tester.reportsOnceAt("* | where a matches /a++/", 1, 21).message()).contains("possessive");
  }

  @Test
  void reportsSyntaxErrors() {
    assertThat(tester.reportsOnceAt("* | where a matches /(ab/", 1, 21).message()).startsWith("invalid regex:");
    assertThat(tester.reportsOnceAt("* | parse regex \"(?<a>x\"", 1, 5).message()).startsWith("invalid regex:");
  }

  @Test
  void parseRegexNeedsANamedGroup() {
    assertThat(tester.reportsOnceAt("* | parse regex \"(x)\"", 1, 5).message())
        .isEqualTo("parse regex needs at least one named group such as (?<name>...)");
  }

  @Test
  void acceptsJavaFeaturesInParseRegexAndSumoGroupNames() {
    tester.isClean("* | parse regex \"(?<=id=)(?<id>\\\\d+)\" | parse regex \"(?<src_ip>\\\\S+)\" | parse regex \"(?<_sourceHost>\\\\S+)\"");
    tester.isClean("* | where a matches /(?i)^[a-z]+\\.exe$/");
  }

  @Test
  void aPatternMetAgainIsJudgedTheSameAtItsOwnPlace() {
    String query = "* | parse regex \"(x)\" | parse regex \"(?<a>x\" | parse regex \"(x)\" | parse regex \"(?<a>x\"";
    assertThat(tester.findings(query)).extracting(d -> d.location().column() + ": " + d.message().substring(0, 12))
        .containsExactly("5: parse regex ", "25: invalid rege", "48: parse regex ", "68: invalid rege");
  }
}
