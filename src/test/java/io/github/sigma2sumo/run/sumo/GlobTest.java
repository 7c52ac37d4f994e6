package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fail*          | failure         | true
      fail*          | Failure         | false
      *fail          | pass/fail       | true
      *ail*ure       | failure         | true
      *a*a*          | a               | false
      *a*a*          | aa              | true
      a?c            | abc             | false
      a?c            | a?c             | true
      a\\*c          | a\\xyzc         | true
      a\\*c          | a*c             | false
      ''             | ''              | true
      *              | ''              | true
      "x*"           | '"xy'           | false
      """)
  void matchesPatternsAreCaseSensitiveWithStarOnly(String pattern, String value, boolean expected) {
    assertThat(Glob.ofMatches(pattern).matches(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      fail*          | FAILURE         | true
      f?il           | FAIL            | true
      f?il           | fil             | false
      *?             | ''              | false
      ?              | 😀              | true
      ??             | 😀              | false
      """)
  void scopePatternsIgnoreCaseAndTakeQuestionMarks(String pattern, String value, boolean expected) {
    assertThat(Glob.scope(pattern).matches(value)).isEqualTo(expected);
  }

  /** The wildcard matcher against a plain recursive one, on random strings of awkward characters. */
  @ParameterizedTest
  @MethodSource("randomPairs")
  void agreesWithAReferenceMatcher(String pattern, String value) {
    assertThat(Glob.ofMatches(pattern).matches(value)).as("matches %s ~ %s", pattern, value)
        .isEqualTo(reference(pattern.codePoints().toArray(), 0, value.codePoints().toArray(), 0, false));
    String p = pattern.toLowerCase(Locale.ROOT);
    String v = value.toLowerCase(Locale.ROOT);
    assertThat(Glob.scope(pattern).matches(value)).as("scope %s ~ %s", pattern, value)
        .isEqualTo(reference(p.codePoints().toArray(), 0, v.codePoints().toArray(), 0, true));
  }

  static Stream<Arguments> randomPairs() {
    String[] alphabet = {"a", "b", "A", "*", "*", "?", "\"", "\\", "é", "É", "😀", " "};
    Random random = new Random(20_260_101);
    List<Arguments> out = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      out.add(Arguments.of(word(random, alphabet, 6), word(random, alphabet, 9)));
    }
    return out.stream();
  }

  private static String word(Random random, String[] alphabet, int max) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      b.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return b.toString();
  }

  /** Plain recursion over code points: star takes zero or more, question mark one (when enabled). */
  private static boolean reference(int[] p, int i, int[] v, int j, boolean questionMark) {
    if (i == p.length) {
      return j == v.length;
    }
    if (p[i] == '*') {
      for (int k = j; k <= v.length; k++) {
        if (reference(p, i + 1, v, k, questionMark)) {
          return true;
        }
      }
      return false;
    }
    if (j == v.length) {
      return false;
    }
    boolean one = p[i] == v[j] || questionMark && p[i] == '?';
    return one && reference(p, i + 1, v, j + 1, questionMark);
  }
}
