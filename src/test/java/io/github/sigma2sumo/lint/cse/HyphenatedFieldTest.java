package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class HyphenatedFieldTest {
  private final CseCheckTester tester = CseCheckTester.of(new HyphenatedField());

  @Test
  void bareHyphenatedNamesReadAsSubtraction() {
    Diagnostic d = tester.reportsOnceAt("cs-uri-query = '*?search=%00{.*'", 1, 1);
    assertThat(d.message()).startsWith("cs-uri-query reads as a subtraction (cs - uri - query)");
    assertThat(d.fix().flatMap(f -> f.replacement())).contains("fields['cs-uri-query']");
    tester.reportsOnceAt("a = 1 AND cs-uri matches /x/", 1, 11);
  }

  @Test
  void realSubtractionAndMapKeysAreFine() {
    tester.isClean("bytesIn - bytesOut > 100 AND fields['cs-uri-query'] = 'x' AND dstPort-1 = 79");
  }
}
