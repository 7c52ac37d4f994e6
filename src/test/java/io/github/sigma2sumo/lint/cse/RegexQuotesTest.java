package io.github.sigma2sumo.lint.cse;

import org.junit.jupiter.api.Test;

class RegexQuotesTest {
  private final CseCheckTester tester = CseCheckTester.of(new RegexQuotes());

  @Test
  void quotesOfAStringInsideTheRegex() {
    tester.reportsOnceAt("commandLine matches /.*\"GZipStream\".*/", 1, 21);
    tester.reportsOnceAt("file_path matches /\"C:\\\\x\"/", 1, 19);
  }

  @Test
  void quotesAsPartOfAPatternAreFine() {
    tester.isClean("commandLine matches /.*net use .* \"P@ss.*/ AND commandLine matches /(?i).*-p \"[^\"]+\".*/");
  }
}
