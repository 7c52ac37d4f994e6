package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MixedAndOrTest {
  private final CseCheckTester tester = CseCheckTester.of(new MixedAndOr());

  @Test
  void theOfficialConvertersFilterEscape() {
    assertThat(tester.reportsOnceAt("metadata_vendor = 'Microsoft' AND metadata_product = 'Windows' AND a = 1 OR b = 2",
        1, 1).message()).startsWith("AND inside OR without parentheses");
  }

  @Test
  void everyUnparenthesisedAndTermIsReported() {
    assertThat(tester.findings("a = 1 AND b = 2 OR c = 3 AND d = 4")).hasSize(2);
    tester.reportsOnceAt("x = 1 OR\n  y = 2 && z = 3", 2, 3);
  }

  @Test
  void parenthesesSpacesAndPureChainsAreFine() {
    tester.isClean("(a = 1 AND b = 2) OR ( c = 3 AND d = 4 )");
    tester.isClean("a = 1 AND (b = 2 OR c = 3)");
    tester.isClean("a = 1 OR b = 2 OR c = 3");
    tester.isClean("a = 1 AND b = 2 AND c = 3");
  }
}
