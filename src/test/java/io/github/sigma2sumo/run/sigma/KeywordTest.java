package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static io.github.sigma2sumo.run.sigma.TestRules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.SigmaRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keyword detections: values searched in every scalar of an event object, or in a raw line. */
class KeywordTest {

  private static SigmaRule keywords(String detection) {
    return rule("""
        title: t
        logsource: {product: test}
        detection:
        %s
          condition: keywords
        """.formatted(detection.indent(2).stripTrailing()));
  }

  @ParameterizedTest(name = "[{index}] {0} in {1} -> {2}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "keywords: ['event::clear', 'event::drop'] ~ {\"Msg\": \"mimikatz # EVENT::Clear done\"} ~ true",
      "keywords: ['event::clear', 'event::drop'] ~ {\"Msg\": \"event:clear\"} ~ false",
      "keywords: ['event::clear'] ~ {\"A\": {\"B\": [\"x\", \"event::clear\"]}} ~ true",
      "keywords: ['event::clear'] ~ {\"event::clear\": \"x\"} ~ false",
      "keywords: ['a b'] ~ {\"X\": \"a\", \"Y\": \"b\"} ~ false",
      "keywords: 'single' ~ {\"X\": \"a single value\"} ~ true",
      "keywords: [4688] ~ {\"EventID\": 4688} ~ true",
      "keywords: [4688] ~ {\"Msg\": \"id 14688\"} ~ true",
      "keywords: ['true'] ~ {\"Flag\": true} ~ true",
      "keywords: ['*wild?ard*'] ~ {\"Msg\": \"a wildcard b\"} ~ true",
      "keywords: ['*wild?ard*'] ~ {\"Msg\": \"a wildard b\"} ~ false",
      "keywords: ['lit\\*'] ~ {\"Msg\": \"a lit* b\"} ~ true",
      "keywords: ['lit\\*'] ~ {\"Msg\": \"a litx b\"} ~ false",
      "keywords: [''] ~ {\"Msg\": \"anything\"} ~ true",
      "keywords: [''] ~ {\"Msg\": null} ~ false",
      "`keywords: {'|all': ['OabVirtualDirectory', ' -ExternalUrl ']}` ~ {\"A\": \"Set-OabVirtualDirectory\", \"B\": \"x -ExternalUrl y\"} ~ true",
      "`keywords: {'|all': ['OabVirtualDirectory', ' -ExternalUrl ']}` ~ {\"A\": \"Set-OabVirtualDirectory\"} ~ false",
      "`keywords: {'|re': 'ab+c'}` ~ {\"A\": \"xabbbcx\"} ~ true",
      "`keywords: {'|cased': ['Evil']}` ~ {\"A\": \"evil\"} ~ false",
      "`keywords: {'|cased': ['Evil']}` ~ {\"A\": \"Evil\"} ~ true"})
  void keywords_searchEveryValueOfTheEvent(String detection, String eventJson, boolean expected) {
    assertThat(TestRules.matches(keywords(detection), event(eventJson))).isEqualTo(expected);
  }

  @Test
  void keywords_searchARawLine() throws EvaluationException {
    SigmaEvaluator e = TestRules.evaluator(keywords("keywords: ['event::clear', 'Failed password']"));
    assertThat(e.matchesLine("Oct 24 sshd[1]: failed PASSWORD for root")).isTrue();
    assertThat(e.matchesLine("Oct 24 sshd[1]: accepted password for root")).isFalse();
  }

  @Test
  void fieldItems_onARawLine_areAnError() {
    SigmaEvaluator e = TestRules.evaluator(TestRules.item("Image", "'x'"));
    Explanation x = e.explainLine("Image=x");
    assertThat(x.isError()).isTrue();
    assertThat(x.error().get()).contains("'Image'").contains("raw line");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.matchesLine("Image=x"))
        .isInstanceOf(EvaluationException.class);
  }
}
