package io.github.sigma2sumo.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sigma text in a template field never opens a token. */
class TemplateTextTest {

  @Test
  void everyDoubleBraceIsBroken() {
    assertThat(TemplateText.literal("on {{device_hostname}}")).isEqualTo("on { {device_hostname}}");
    assertThat(TemplateText.literal("{{{x")).isEqualTo("{ { {x");
    assertThat(TemplateText.literal("{{{{")).doesNotContain("{{");
    assertThat(TemplateText.literal("a {b} c")).isEqualTo("a {b} c");
  }
}
