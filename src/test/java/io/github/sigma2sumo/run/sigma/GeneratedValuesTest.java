package io.github.sigma2sumo.run.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style checks over generated values (seeded, so a failure repeats): the wildcard
 * matcher agrees with a regex built from the parsed value; a value escaped the specification's
 * way matches exactly its text; {@code contains} finds a value wherever it is put.
 */
class GeneratedValuesTest {

  private static final String PATTERN_CHARS = "ab*?\\-/%_'\"\u00e9A";
  private static final String TEXT_CHARS = "abAB\u00e9\u00c9-/%_*?\\'\"";

  private static String random(Random r, String alphabet, int max) {
    StringBuilder out = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  static Stream<Arguments> patterns() {
    return IntStream.range(0, 400).mapToObj(seed -> {
      Random r = new Random(seed);
      return Arguments.of(random(r, PATTERN_CHARS, 8), random(r, TEXT_CHARS, 10), r.nextBoolean());
    });
  }

  /** The parsed value as a regex: literal runs quoted, * as .*, ? as one character. */
  private static Pattern oracle(SigmaText t, boolean cased) {
    StringBuilder re = new StringBuilder();
    for (SigmaText.Part p : t.parts()) {
      if (p instanceof SigmaText.Chars c) {
        re.append(Pattern.quote(c.text()));
      } else if (p instanceof SigmaText.AnySequence) {
        re.append(".*");
      } else {
        re.append('.');
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL | (cased ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' vs ''{1}'' cased={2}")
  @MethodSource("patterns")
  void wildcardMatcher_agreesWithARegexOfTheParsedValue(String raw, String text, boolean cased) {
    SigmaText t = SigmaText.parse(raw, false);
    assertThat(TextPattern.of(t, cased).matches(text)).isEqualTo(oracle(t, cased).matcher(text).matches());
    String made = t.parts().stream().map(p -> p instanceof SigmaText.Chars c ? c.text()
        : p instanceof SigmaText.AnySequence ? text : "\u00e9").reduce("", String::concat);
    assertThat(TextPattern.of(t, cased).matches(made)).as("the value with its wildcards filled in: %s", made).isTrue();
  }

  static Stream<Arguments> literals() {
    return IntStream.range(0, 300).mapToObj(seed -> {
      Random r = new Random(1000 + seed);
      return Arguments.of(random(r, TEXT_CHARS, 12), random(r, TEXT_CHARS, 5), random(r, TEXT_CHARS, 5));
    });
  }

  private static String escaped(String literal) {
    StringBuilder out = new StringBuilder();
    for (char c : literal.toCharArray()) {
      out.append(c == '*' || c == '?' || c == '\\' ? "\\" + c : String.valueOf(c));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource("literals")
  void anEscapedValue_matchesExactlyItsText(String literal, String before, String after) {
    SigmaText t = SigmaText.parse(escaped(literal), false);
    assertThat(t.plain()).contains(literal);
    TextPattern exact = TextPattern.of(t, true);
    assertThat(exact.matches(literal)).isTrue();
    assertThat(exact.matches(literal + "x")).isFalse();
    assertThat(exact.matches("x" + literal)).isFalse();
    if (!literal.isEmpty()) {
      assertThat(exact.matches(literal.substring(1))).isFalse();
      assertThat(exact.matches(literal.substring(0, literal.length() - 1))).isFalse();
    }
    TextPattern contains = TextPattern.of(t.withLeadingAny().withTrailingAny(), false);
    assertThat(contains.matches(before + literal.toUpperCase(java.util.Locale.ROOT) + after)).isTrue();
  }
}
