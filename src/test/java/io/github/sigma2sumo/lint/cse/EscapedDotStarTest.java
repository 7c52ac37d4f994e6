package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapedDotStarTest {
  private final CseCheckTester tester = CseCheckTester.of(new EscapedDotStar());

  @Test
  void escapedDotBeforeAStar() {
    assertThat(tester.reportsOnceAt("commandLine matches /(?i)(?:set)\\.*&&\\\\s?set\\.*/", 1, 21).message())
        .startsWith("'\\.*' matches any number of literal dots");
  }

  @Test
  void escapedBackslashThenAnyTextIsFine() {
    tester.isClean("file_path matches /C:\\\\.*\\.exe/ AND commandLine matches /a\\.b.*/");
  }
}
