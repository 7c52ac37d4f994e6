package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcut for literal RE2 regexes answers as re2j does: on a table of the shapes it takes or
 * leaves, and on random regexes and values rich in case pairs (k, s and their non-ASCII folds, the
 * Kelvin sign and the long s), line breaks, escapes and non-ASCII.
 */
class Re2ShortcutTest {

  @ParameterizedTest(name = "{0}: shortcut {1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      (?is)^(?:.*\\\\cmd\\.exe|.*\\\\pwsh\\.exe)$       => true
      (?is)^.*\\\\rclone\\.conf$                        => true
      (?i)^rclone\\.conf$                               => true
      powershell|pwsh                                   => true
      ^a$|^b                                            => true
      (kubectl)                                         => true
      (?is)^(?:.* -WindowStyle Hidden.*|.* /w hidden.*)$ => true
      .*a                                               => false
      (?m)^a$                                           => false
      (?i)^é$                                           => true
      (?i)^\u212A$                                      => false
      (?is)^(?:.*😀.*|.* –s cmd.*)$                      => true
      ^é$                                               => true
      a+                                                => false
      [ab]                                              => false
      \\d{2}                                            => false
      (a)(b)                                            => false
      (?is)^(?:a|(b|c))$                                => false
      (?s)a.b                                           => false
      (?s)a.*?b                                         => false
      """)
  void takesOnlyLiteralAlternatives(String regex, boolean shortcut) {
    Re2Regex re = Re2Regex.compile(regex, "", new StringBuilder()).orElseThrow();
    assertThat(re.isShortcut()).isEqualTo(shortcut);
  }

  /**
   * No character the shortcut calls caseless folds to another in re2j: each assigned non-alphabetic
   * character of the Basic Multilingual Plane, searched case-insensitively among every character
   * that could have a case partner (alphabetic and not "other letter", in every plane), finds only
   * itself.
   */
  @Test
  void caselessCharactersFoldToNothingElse() {
    StringBuilder cased = new StringBuilder();
    for (int cp = 128; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isAlphabetic(cp) && Character.getType(cp) != Character.OTHER_LETTER) {
        cased.appendCodePoint(cp);
      }
    }
    String haystack = cased.toString();
    int checked = 0;
    for (int cp = 128; cp <= 0xFFFF; cp++) {
      if (!Re2Shortcut.isCaseless(cp) || Character.getType(cp) == Character.PRIVATE_USE) {
        continue;
      }
      String c = new String(Character.toChars(cp));
      com.google.re2j.Pattern p = com.google.re2j.Pattern.compile("(?i)" + com.google.re2j.Pattern.quote(c));
      assertThat(p.matcher(haystack).find()).as("U+%04X folds to a cased character", cp).isFalse();
      assertThat(p.matcher(c).matches()).isTrue();
      checked++;
    }
    assertThat(checked).isGreaterThan(5_000);
  }

  private static final String[] VALUE_ALPHABET = {"a", "b", "k", "K", "\u212A", "s", "S", "\u017F", "é", "É", "\n",
      ".", "\\", "x", "😀", "–", "\u200D"};
  private static final String[] LITERALS = {"a", "b", "k", "K", "s", "S", "é", "É", "\u212A", "\u017F", "\\.",
      "\\\\", "x", "\\$", "\\|", "😀", "–", "\u200D"};
  private static final String[] FLAGS = {"", "(?i)", "(?s)", "(?is)", "(?si)", "(?m)"};
  private static final String[] EXTRAS = {"[ab]", "a+", ".", "\\d", "(?:a)"};

  static Stream<Integer> seeds() {
    return IntStream.range(0, 40).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void answersAsRe2jDoes(int seed) {
    Random random = new Random(seed);
    int shortcuts = 0;
    int matches = 0;
    for (int i = 0; i < 60; i++) {
      String regex = regex(random);
      Re2Regex re = Re2Regex.compile(regex, "", new StringBuilder()).orElseThrow(() -> new AssertionError(regex));
      shortcuts += re.isShortcut() ? 1 : 0;
      for (int v = 0; v < 20; v++) {
        String value = value(random, regex);
        boolean expected = re.findWithRe2j(value);
        matches += expected ? 1 : 0;
        assertThat(re.find(value)).as("/%s/ on '%s'", regex, value).isEqualTo(expected);
      }
    }
    assertThat(shortcuts).as("regexes that took the shortcut, of 60").isGreaterThan(12);
    assertThat(matches).as("values that matched, of 1200").isGreaterThan(100);
  }

  private static String regex(Random random) {
    StringBuilder out = new StringBuilder(FLAGS[random.nextInt(FLAGS.length)]);
    boolean grouped = random.nextBoolean();
    if (grouped && random.nextBoolean()) {
      out.append('^');
    }
    if (grouped) {
      out.append(random.nextBoolean() ? "(?:" : "(");
    }
    int alternatives = 1 + random.nextInt(3);
    for (int a = 0; a < alternatives; a++) {
      if (a > 0) {
        out.append('|');
      }
      if (!grouped && random.nextInt(3) == 0) {
        out.append('^');
      }
      int items = random.nextInt(4);
      for (int k = 0; k < items; k++) {
        int pick = random.nextInt(10);
        if (pick < 3) {
          out.append(".*");
        } else if (pick == 3 && random.nextInt(4) == 0) {
          out.append(EXTRAS[random.nextInt(EXTRAS.length)]);
        } else {
          out.append(LITERALS[random.nextInt(LITERALS.length)]);
        }
      }
      if (!grouped && random.nextInt(3) == 0) {
        out.append('$');
      }
    }
    if (grouped) {
      out.append(')');
      if (random.nextBoolean()) {
        out.append('$');
      }
    }
    return out.toString();
  }

  /** A random value, or one built from the regex's literals so that many match. */
  private static String value(Random random, String regex) {
    StringBuilder out = new StringBuilder();
    if (random.nextBoolean()) {
      String literal = regex.replaceAll("\\(\\?[a-z]+\\)", "").replaceAll("[\\\\^$()?:|*\\[\\]+.]", "");
      for (int i = 0; i < literal.length(); i++) {
        char c = literal.charAt(i);
        int r = random.nextInt(8);
        out.append(r == 0 ? Character.toUpperCase(c) : r == 1 ? Character.toLowerCase(c)
            : r == 2 ? (c == 'k' || c == 'K' ? '\u212A' : c == 's' || c == 'S' ? '\u017F' : c) : c);
        if (random.nextInt(5) == 0) {
          out.append(VALUE_ALPHABET[random.nextInt(VALUE_ALPHABET.length)]);
        }
      }
      return out.toString();
    }
    int length = random.nextInt(8);
    for (int i = 0; i < length; i++) {
      out.append(VALUE_ALPHABET[random.nextInt(VALUE_ALPHABET.length)]);
    }
    return out.toString();
  }
}
