package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedWildcardMetadataTest {
  private final CheckTester tester = CheckTester.of(new QuotedWildcardMetadata());

  @Test
  void reportsQuotedWildcardsOnBuiltInMetadata() {
    var d = tester.reportsOnceAt("_sourceCategory=\"*sysmon*\"", 1, 17);
    assertThat(d.message()).contains("'_sourceCategory' is built-in metadata");
    assertThat(CheckTester.replacement(d)).contains("*sysmon*");
  }

  @Test
  void leavesBareWildcardsAndOtherFieldsAlone() {
    tester.isClean("_sourceCategory=*sysmon* AND user=\"a*\" AND _sourceHost=\"web-1\"");
  }
}
