package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static io.github.sigma2sumo.run.sigma.TestRules.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Huge, deeply nested and binary events and rules give answers or errors in bounded time, never an exception. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static YMap map(String key, YNode value) {
    Map<String, Entry> m = new LinkedHashMap<>();
    m.put(key, new Entry(key, Span.SYNTHETIC, value));
    return new YMap(m, Span.SYNTHETIC);
  }

  private static YScalar scalar(Object v) {
    return new YScalar(v, false, Span.SYNTHETIC);
  }

  private static final SigmaRule KEYWORD = TestRules.rule("""
      title: t
      logsource: {product: test}
      detection:
        keywords: ['needle']
        condition: keywords
      """);

  @Test
  void aDeeplyNestedEvent_isAnErrorForKeywords_andFineForFields() {
    YNode node = scalar("needle");
    for (int i = 0; i < 100_000; i++) {
      node = map("k", node);
    }
    YMap deep = map("F", node);
    Explanation e = TestRules.evaluator(KEYWORD).explain(deep);
    assertThat(e.isError()).isTrue();
    assertThat(e.error().get()).contains("nests deeper than");
    Explanation f = TestRules.evaluator(item("F", "'needle'")).explain(deep);
    assertThat(f.isError()).isFalse();
    assertThat(f.matched()).isFalse();
    assertThat(f.items().get(0).eventValue()).contains("{1 keys}");
  }

  @Test
  void deeplyNestedLists_areFlattenedWithoutRecursion() {
    YNode node = scalar("needle");
    for (int i = 0; i < 100_000; i++) {
      node = new YList(List.of(node), Span.SYNTHETIC);
    }
    Explanation e = TestRules.evaluator(item("F", "'needle'")).explain(map("F", node));
    assertThat(e.matched()).isTrue();
    assertThat(e.items().get(0).eventValue().get()).hasSizeLessThanOrEqualTo(ItemVerdict.MAX_SHOWN + 3);
  }

  @Test
  void aHugeEvent_isSearchedForKeywords() {
    Map<String, Entry> fields = new LinkedHashMap<>();
    for (int i = 0; i < 200_000; i++) {
      fields.put("f" + i, new Entry("f" + i, Span.SYNTHETIC, scalar("value " + i)));
    }
    fields.put("last", new Entry("last", Span.SYNTHETIC, scalar("a needle here")));
    assertThat(TestRules.matches(KEYWORD, new YMap(fields, Span.SYNTHETIC))).isTrue();
  }

  @Test
  void binaryAndBrokenText_isMatchedCodePointByCodePoint() {
    String binary = "\u0000\u0001\ud800x\udfff\uffff needle \u0000";
    assertThat(TestRules.matches(KEYWORD, map("F", scalar(binary)))).isTrue();
    assertThat(TestRules.matches(item("F|contains", "'needle'"), map("F", scalar(binary)))).isTrue();
    assertThat(TestRules.matches(item("F", "'?x?'"), map("F", scalar("\ud800x\udfff")))).isTrue();
    assertThat(TestRules.matches(item("F|re", "'x'"), map("F", scalar(binary)))).isTrue();
  }

  @Test
  void hugeNumbers_neverTurnIntoHugeTexts() {
    BigDecimal huge = new BigDecimal("1e1000000000");
    YMap e = map("F", scalar(huge));
    assertThat(TestRules.matches(item("F", "5"), e)).isFalse();
    assertThat(TestRules.matches(item("F|gt", "5"), e)).isTrue();
    assertThat(TestRules.matches(item("F|contains", "'1'"), e)).isTrue();
    assertThat(TestRules.matches(KEYWORD, e)).isFalse();
    assertThat(TestRules.matches(item("F", "5"), map("F", scalar("9".repeat(100_000))))).isFalse();
  }

  @Test
  void aRuleWithFiveThousandValues_isBuiltAndEvaluated() {
    String values = IntStream.range(0, 5_000).mapToObj(i -> "'*value" + i + "*'").collect(Collectors.joining(", "));
    SigmaRule rule = item("F|contains", "[" + values + "]");
    SigmaEvaluator e = TestRules.evaluator(rule);
    assertThat(e.explain(event("F", "x value4999 y")).matched()).isTrue();
    assertThat(e.explain(event("F", "x value5000x y")).matched()).isTrue();
    assertThat(e.explain(event("F", "x valu y")).matched()).isFalse();
  }

  @Test
  void aLongValueWithManyStars_isMatchedInBoundedTime() {
    String text = "a".repeat(1_000_000);
    assertThat(TestRules.matches(item("F", "'*a*a*a*a*a*a*a*a*b'"), map("F", scalar(text)))).isFalse();
    assertThat(TestRules.matches(item("F", "'*a*a*a*a*a*a*a*a*'"), map("F", scalar(text)))).isTrue();
  }

  @Test
  void hostileValues_underEveryModifier_giveAnswers() {
    List<String> modifiers = List.of("", "contains", "startswith", "endswith", "re", "cidr", "gt", "exists",
        "fieldref", "contains|windash", "base64offset|contains", "hour");
    List<YNode> values = new ArrayList<>(List.of(scalar(null), scalar(Boolean.TRUE), scalar(new BigDecimal("-0.0")),
        scalar("\u0000"), scalar(""), scalar("1".repeat(1000)), scalar("::ffff:1.2.3.4%"),
        new YList(List.of(), Span.SYNTHETIC), map("x", scalar("y"))));
    Map<String, String> ruleValues = Map.of("re", "'.*'", "cidr", "'10.0.0.0/8'", "gt", "1", "exists", "true",
        "fieldref", "'G'", "hour", "3");
    for (String m : modifiers) {
      SigmaEvaluator e = TestRules.evaluator(item(m.isEmpty() ? "F" : "F|" + m, ruleValues.getOrDefault(m, "'x'")));
      for (YNode v : values) {
        Explanation x = e.explain(map("F", v));
        assertThat(x.isError()).as(m + " on " + v).isFalse();
      }
    }
  }
}
