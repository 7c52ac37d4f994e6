package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.itemMatches;
import static io.github.sigma2sumo.run.sigma.TestRules.quoted;
import static io.github.sigma2sumo.run.sigma.TestRules.sq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code windash}, {@code base64}, {@code base64offset}, {@code wide}/{@code utf16le},
 * {@code utf16be} and {@code utf16}: worked values of the specification and pySigma, every dash,
 * every base64 offset, and near misses.
 */
class EncodingModifiersTest {

  @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} -> {3}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "contains|windash ~ ` -enc ` ~ `x -enc y` ~ true",
      "contains|windash ~ ` -enc ` ~ `x /enc y` ~ true",
      "contains|windash ~ ` -enc ` ~ `x \u2013enc y` ~ true",
      "contains|windash ~ ` -enc ` ~ `x \u2014enc y` ~ true",
      "contains|windash ~ ` -enc ` ~ `x \u2015enc y` ~ true",
      "contains|windash ~ ` -enc ` ~ `x \u2010enc y` ~ false",
      "contains|windash ~ ` -enc ` ~ `x _enc y` ~ false",
      "contains|windash ~ ` -enc ` ~ `x \\enc y` ~ false",
      "contains|windash ~ ` -enc ` ~ `x --enc y` ~ false",
      "contains|windash ~ ` -enc ` ~ `x -ENC y` ~ true",
      "windash|contains ~ ` -enc ` ~ `x \u2014enc y` ~ true",
      "contains|windash ~ `-a /b` ~ `x /a \u2013b` ~ true",
      "contains|windash ~ `-a /b` ~ `x /a b` ~ false",
      "contains|windash ~ `a-b` ~ `a/b` ~ false",
      "contains|windash|cased ~ ` -Enc` ~ ` /Enc` ~ true",
      "contains|windash|cased ~ ` -Enc` ~ ` /enc` ~ false",
      "cased|contains|windash ~ ` -Enc` ~ ` /enc` ~ false",
      "windash ~ `-x` ~ `/x` ~ true",
      "windash ~ `-x` ~ `/xy` ~ false"})
  void windash(String modifiers, String value, String event, boolean expected) {
    assertThat(itemMatches("F|" + modifiers, sq(value), "F", quoted(event))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} -> {3}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "base64 ~ whoami ~ d2hvYW1p ~ true",
      "base64 ~ whoami ~ xd2hvYW1p ~ false",
      "base64 ~ whoami ~ D2HVYW1P ~ true",
      "base64|cased ~ whoami ~ D2HVYW1P ~ false",
      "base64|contains ~ whoami ~ `a d2hvYW1p b` ~ true",
      "base64|contains ~ whoami ~ `a d2hvYW1 b` ~ false",
      "base64|base64 ~ a ~ WVE9PQ== ~ true",
      "utf16|base64 ~ abc ~ //5hAGIAYwA= ~ true",
      "utf16|base64 ~ abc ~ 77u/YQBiAGMA ~ false",
      "utf16be|base64 ~ abc ~ AGEAYgBj ~ true",
      "utf16le|base64 ~ abc ~ YQBiAGMA ~ true",
      "wide|base64 ~ abc ~ YQBiAGMA ~ true",
      "wide|base64 ~ \u00e9 ~ 6QA= ~ true",
      "base64 ~ \u00e9 ~ w6k= ~ true",
      "base64offset|contains ~ `IEX (` ~ `xxSUVYICyy` ~ true",
      "base64offset|contains ~ `IEX (` ~ `xxlFWCAoyy` ~ true",
      "base64offset|contains ~ `IEX (` ~ `xxJRVggKyy` ~ true",
      "base64offset|contains ~ `IEX (` ~ `xxSUVYIyy` ~ false",
      "base64offset|contains ~ http:// ~ aHR0cDovL ~ true",
      "base64offset|contains ~ http:// ~ h0dHA6Ly ~ true",
      "base64offset|contains ~ http:// ~ odHRwOi8v ~ true",
      "wide|base64offset|contains ~ ping ~ cABpAG4AZw ~ true",
      "wide|base64offset|contains ~ ping ~ AAaQBuAGcA ~ true",
      "wide|base64offset|contains ~ ping ~ wAGkAbgBnA ~ true",
      "wide|base64offset|contains ~ ping ~ cGluZw ~ false"})
  void encodings_giveTheSpecificationsWorkedValues(String modifiers, String value, String event, boolean expected) {
    assertThat(itemMatches("F|" + modifiers, sq(value), "F", quoted(event))).isEqualTo(expected);
  }

  static Stream<Arguments> offsets() {
    return Stream.of("IEX (", "http://", "powershell -e", "\u00e9t\u00e9 \u4e2d", "ab", "a\\*b").flatMap(v ->
        Stream.of(0, 1, 2).flatMap(shift -> Stream.of("", "x", "yz").map(tail -> Arguments.of(v, shift, tail))));
  }

  /** A value encoded after 0, 1 or 2 bytes of anything, with anything after it, is found. */
  @ParameterizedTest(name = "[{index}] {0} after {1} bytes, then ''{2}''")
  @MethodSource("offsets")
  void base64offset_findsTheValueAtEveryByteOffset(String value, int shift, String tail) {
    byte[] head = "QRS".substring(0, shift).getBytes(StandardCharsets.UTF_8);
    byte[] body = (value.replace("\\*", "*") + tail).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    String blob = Base64.getEncoder().encodeToString(all);
    assertThat(itemMatches("F|base64offset|contains", sq(value), "F", quoted(blob))).isTrue();
    String other = Base64.getEncoder().encodeToString(("QRS".substring(0, shift) + "zz" + tail)
        .getBytes(StandardCharsets.UTF_8));
    assertThat(itemMatches("F|base64offset|contains", sq(value), "F", quoted(other))).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "wide ~ cmd ~ `c\u0000m\u0000d\u0000` ~ true",
      "utf16be ~ cmd ~ `\u0000c\u0000m\u0000d` ~ true",
      "utf16 ~ cmd ~ `\u00ff\u00fec\u0000m\u0000d\u0000` ~ true",
      "wide ~ cmd ~ cmd ~ false",
      "wide|contains ~ md ~ `c\u0000m\u0000d\u0000` ~ true"})
  void utf16WithoutBase64_comparesOneCharacterPerByte(String modifiers, String value, String event, boolean expected)
      throws Exception {
    // the loader refuses these chains; the evaluator still gives them the specification's meaning
    assertThat(TestRules.chainMatches(modifiers, value, TestRules.event("F", event))).isEqualTo(expected);
  }
}
