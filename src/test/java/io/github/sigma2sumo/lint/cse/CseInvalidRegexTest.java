package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CseInvalidRegexTest {
  private final CseCheckTester tester = CseCheckTester.of(new CseInvalidRegex());

  @Test
  void lookAroundIsNotRe2() {
    assertThat(tester.reportsOnceAt("commandLine matches /(?<=-enc )\\S+/", 1, 21).message())
        .startsWith("regex does not compile in RE2");
  }

  @Test
  void rlikeIsJava() {
    assertThat(tester.reportsOnceAt("baseImage RLIKE '(cmd'", 1, 17).message())
        .startsWith("RLIKE regex does not compile: Unclosed group");
    tester.isClean("baseImage RLIKE '(?<=\\\\)cmd\\.exe'");
  }

  @Test
  void validRegexes() {
    tester.isClean("commandLine matches /(?i)^.*\\bwhoami\\b.*$/ AND baseImage RLIKE '[a-z]:\\\\{1,2}windows'");
  }
}
