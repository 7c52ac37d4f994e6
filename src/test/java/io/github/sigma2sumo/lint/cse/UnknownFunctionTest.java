package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownFunctionTest {
  private final CseCheckTester tester = CseCheckTester.of(new UnknownFunction());

  @Test
  void logSearchFunctionsThatCseLacks() {
    assertThat(tester.reportsOnceAt("formatDate(timestamp, 'H') = '3'", 1, 1).message())
        .isEqualTo("Cloud SIEM has no function formatDate()");
  }

  @Test
  void nearMissesAreNamed() {
    assertThat(tester.reportsOnceAt("commandLine = 'x' AND lowr(baseImage) = 'a'", 1, 23).message())
        .contains("did you mean lower()?");
  }

  @Test
  void wrongArgumentCounts() {
    assertThat(tester.reportsOnceAt("array_contains(listMatches) ", 1, 1).message())
        .isEqualTo("array_contains() takes 2 arguments, not 1");
    assertThat(tester.reportsOnceAt("concat(a)", 1, 1).message()).isEqualTo("concat() takes 2 or more arguments, not 1");
  }

  @Test
  void documentedFunctionsInAnyCase() {
    tester.isClean("LOWER(commandLine) LIKE '%x%' AND toLowerCase(baseImage) = 'a' AND isEmpty(user_username)"
        + " AND hasThreatMatch([srcDevice_ip], confidence > 50 AND type = 'ipv4-addr')"
        + " AND compareCIDRPrefix('10.0.0.0', srcDevice_ip, '8') AND if(isNull(pid), 1, 2) = 1"
        + " AND substring(commandLine, 0, 3) = 'cmd' AND round(bytesIn / 1024, 2) > 1");
  }
}
