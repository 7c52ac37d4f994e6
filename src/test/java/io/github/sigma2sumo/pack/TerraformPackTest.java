package io.github.sigma2sumo.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Resource names: Sigma ids and titles made HCL identifiers. */
class TerraformPackTest {

  @Test
  void identifiersKeepLettersDigitsAndUnderscoresAndJoinEveryOtherRunIntoOne() {
    assertThat(TerraformPack.identifier("0a1b2c3d-4e5f-6789-abcd-ef0123456789"))
        .isEqualTo("0a1b2c3d_4e5f_6789_abcd_ef0123456789");
    assertThat(TerraformPack.identifier("suspicious  rclone.exe (copy)")).isEqualTo("suspicious_rclone_exe_copy");
    assertThat(TerraformPack.identifier("__a__-__b__")).isEqualTo("a_____b");
    assertThat(TerraformPack.identifier("é🙂")).isEmpty();
    assertThat(TerraformPack.identifier("")).isEmpty();
  }

  @Test
  void identifiersAreWhatTheRegularExpressionsOfTheDefinitionGive() {
    Random random = new Random(11);
    String alphabet = "az09_-. AZé🙂\t";
    for (int n = 0; n < 2000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(16); i > 0; i--) {
        s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String text = s.toString();
      String expected = text.replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
      assertThat(TerraformPack.identifier(text)).as(text).isEqualTo(expected);
    }
  }
}
