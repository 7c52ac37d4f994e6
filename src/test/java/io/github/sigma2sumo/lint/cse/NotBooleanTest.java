package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotBooleanTest {
  private final CseCheckTester tester = CseCheckTester.of(new NotBoolean());

  @Test
  void keywordStringsAsOperands() {
    assertThat(tester.findings("metadata_product = 'Linux' and ((\"ln -s -f /etc/passwd\" or \"ln -s /etc/passwd\"))"))
        .hasSize(2).allMatch(d -> d.message().startsWith("a string is not a condition"));
    tester.reportsOnceAt("'whoami'", 1, 1);
    assertThat(tester.reportsOnceAt("NOT 5", 1, 5).message()).startsWith("a number is not a condition");
  }

  @Test
  void conditionsAndBooleanFieldsAreFine() {
    tester.isClean("success AND NOT mfa OR lower(commandLine) = 'x' AND array_contains(listMatches, 'a')");
  }
}
