package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTreeTest {

  private static Outcome<List<YNode>> read(String text) {
    return JsonTree.read(SourceFile.of("t.json", text));
  }

  @Test
  void objects_keepKeyOrderAndTypes() {
    YMap m = (YMap) read("{\"b\": 1.0, \"a\": \"x\", \"c\": [true, null, -2e3]}").value().get(0);
    assertThat(m.entries().keySet()).containsExactly("b", "a", "c");
    assertThat(((YScalar) m.get("b").orElseThrow()).value()).isEqualTo(new BigDecimal("1.0"));
    YScalar a = (YScalar) m.get("a").orElseThrow();
    assertThat(a.value()).isEqualTo("x");
    assertThat(a.quoted()).isTrue();
    List<YNode> c = ((YList) m.get("c").orElseThrow()).items();
    assertThat(((YScalar) c.get(0)).value()).isEqualTo(Boolean.TRUE);
    assertThat(((YScalar) c.get(1)).value()).isNull();
    assertThat(((YScalar) c.get(2)).value()).isEqualTo(new BigDecimal("-2e3"));
  }

  @Test
  void bigNumbers_areExact() {
    YScalar n = (YScalar) read("12345678901234567890123.000000000000000001").value().get(0);
    assertThat(n.value()).isEqualTo(new BigDecimal("12345678901234567890123.000000000000000001"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "''|0",
      "'  \n '|0",
      "{}|1",
      "{}{}|2",
      "'{\"a\":1}\n{\"a\":2}\n'|2",
      "'[1] \"s\" 3 null'|4",
  })
  void concatenatedValues_areAllRead(String text, int count) {
    assertThat(read(text).value()).hasSize(count);
  }

  @Test
  void spans_countCodePoints() {
    // the emoji is two chars and one code point: the value after it starts at code point 10
    String text = "{\"😀\": \"x\", \"k\": 12}";
    YMap m = (YMap) read(text).value().get(0);
    assertThat(m.span()).isEqualTo(new Span(0, text.codePointCount(0, text.length())));
    YamlTree.Entry k = m.entries().get("k");
    assertThat(k.keySpan()).isEqualTo(new Span(11, 14));
    assertThat(k.value().span()).isEqualTo(new Span(16, 18));
    assertThat(m.entries().get("😀").value().span()).isEqualTo(new Span(6, 9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'{\"a\": }'|6|invalid JSON: Unexpected character ('}'",
      "'{\"a\": 1,}'|8|invalid JSON: Unexpected character ('}'",
      "'[1, 2'|5|invalid JSON: Unexpected end-of-input",
      "'{\"a\": 1, \"a\": 2}'|9|duplicate key 'a' in one JSON object (first at offset 1)",
      "'nul'|0|invalid JSON: Unrecognized token 'nul'",
      "'\u0000'|1|invalid JSON: Illegal character ((CTRL-CHAR, code 0))",
      "'\"a\nb\"'|2|invalid JSON: Illegal unquoted character ((CTRL-CHAR, code 10))",
      "'NaN'|3|invalid JSON: Non-standard token 'NaN'",
  })
  void badInput_isAFailureWithAPosition(String text, int at, String message) {
    Outcome<List<YNode>> r = read(text);
    assertThat(r).isInstanceOf(Outcome.Failed.class);
    assertThat(r.message()).startsWith(message);
    assertThat(((Outcome.Failed<?>) r).span().start()).isEqualTo(at);
  }

  @Test
  void nesting_upToTheLimitIsRead_oneMoreIsRefused() {
    String ok = "[".repeat(JsonTree.MAX_DEPTH) + "]".repeat(JsonTree.MAX_DEPTH);
    assertThat(read(ok).isOk()).isTrue();
    String deep = "[".repeat(JsonTree.MAX_DEPTH + 1) + "]".repeat(JsonTree.MAX_DEPTH + 1);
    Outcome<List<YNode>> r = read(deep);
    assertThat(r.message()).isEqualTo("the JSON nests deeper than 64 levels");
    assertThat(((Outcome.Failed<?>) r).span().start()).isEqualTo(JsonTree.MAX_DEPTH);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void hostileInput_failsFast() {
    assertThat(read("[".repeat(200_000)).message()).isEqualTo("the JSON nests deeper than 64 levels");
    assertThat(read("{\"a\":".repeat(100_000)).message()).isEqualTo("the JSON nests deeper than 64 levels");
    assertThat(read("1".repeat(5_000)).message()).startsWith("invalid JSON: Number value length");
    byte[] noise = new byte[100_000];
    new Random(7).nextBytes(noise);
    assertThat(read(new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1)).isOk()).isFalse();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aLargeArrayOfObjects_isRead() {
    String one = "{\"EventID\":1,\"Image\":\"C:\\\\Windows\\\\cmd.exe\",\"CommandLine\":\"cmd /c echo\"}";
    String text = "[" + String.join(",", java.util.Collections.nCopies(100_000, one)) + "]";
    assertThat(((YList) read(text).value().get(0)).items()).hasSize(100_000);
  }

  @Test
  void agreesWithYamlTree_onJsonItCanRead() throws Exception {
    String text = "{\"a\": [1, 2.5, \"x\", null, false], \"b\": {\"c\": \"d\\u00e9\"}}";
    YNode json = read(text).value().get(0);
    YNode yaml = YamlTree.documents(text).get(0);
    assertThat(erase(json)).isEqualTo(erase(yaml));
  }

  @Test
  void aLoneSurrogateEscapedInAKey_isRefused_butInAValueIsKept() {
    assertThat(read("{\"a\\ud800\": 1}").message()).startsWith("invalid JSON: Broken surrogate pair");
    assertThat(((YScalar) read("\"a\\ud800\"").value().get(0)).value()).isEqualTo("a\ud800");
  }

  /**
   * Random trees written by JsonText and read back are the same tree (modulo spans). Keys hold no
   * lone surrogate: jackson refuses one in a key (see the test above).
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomTrees_roundTripThroughJsonText(long seed) {
    Random random = new Random(seed);
    YNode tree = Trees.random(random, 0);
    for (JsonText.Style style : JsonText.Style.values()) {
      String text = JsonText.write(tree, style);
      Outcome<List<YNode>> back = read(text);
      assertThat(back.isOk()).as("%s: %s", text, back.message()).isTrue();
      assertThat(erase(back.value().get(0))).as(text).isEqualTo(erase(Trees.goSafe(tree, style)));
    }
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> (long) i);
  }

  /** The tree as plain Java values, without spans (quoted is implied by the value's type). */
  static Object erase(YNode node) {
    if (node instanceof YMap m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> out.put(k, erase(e.value())));
      return out;
    } else if (node instanceof YList l) {
      List<Object> out = new ArrayList<>();
      l.items().forEach(i -> out.add(erase(i)));
      return out;
    }
    Object v = ((YScalar) node).value();
    return v instanceof BigDecimal n ? n.stripTrailingZeros() : v == null ? "<null>" : v;
  }
}
