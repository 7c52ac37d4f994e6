package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.source.SourceFile;
import org.junit.jupiter.api.Test;

/** What a Cloud SIEM expression reads: the fields a pack picks entity selectors from, and the products it requires. */
class CseFieldUseTest {

  private static CseFieldUse of(String expression) {
    return CseFieldUse.of(CseExpressionParser.parse(SourceFile.of("t.cse", expression)).rule().orElseThrow());
  }

  @Test
  void fieldsAnywhereInTheExpressionAreRead() {
    CseFieldUse use = of("metadata_vendor = 'Microsoft' AND (lower(commandLine) LIKE '%x%' OR "
        + "array_contains(fields['tags'], 'a')) AND NOT isNull(user_username)");
    assertThat(use.fields()).contains("metadata_vendor", "commandLine", "user_username");
    assertThat(use.products()).isEmpty();
  }

  @Test
  void onlyAnEqualityWithAStringNamesAProduct() {
    assertThat(of("metadata_product = 'Windows' AND device_hostname = 'h'").products()).containsExactly("Windows");
    assertThat(of("metadata_product != 'Windows'").products()).isEmpty();
    assertThat(of("metadata_product IN ('Windows', 'Linux')").products()).isEmpty();
    assertThat(of("device_hostname = 'Windows'").products()).isEmpty();
  }

  @Test
  void theExpressionsOfOneRuleAddUp() {
    CseFieldUse both = of("metadata_product = 'Windows' AND baseImage = 'a'").plus(of("srcDevice_ip = '10.0.0.1'"));
    assertThat(both.fields()).containsExactlyInAnyOrder("metadata_product", "baseImage", "srcDevice_ip");
    assertThat(both.products()).containsExactly("Windows");
    assertThat(CseFieldUse.NONE.plus(both)).isEqualTo(both);
  }
}
