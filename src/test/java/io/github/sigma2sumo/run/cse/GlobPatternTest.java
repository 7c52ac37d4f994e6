package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LIKE and wildcard patterns: a table of the documented cases and the choices, and a property
 * test against a plain dynamic-programming matcher on random values and patterns made of
 * wildcards, escapes, quotes, backslashes, line breaks and non-ASCII (one non-BMP) characters.
 */
class GlobPatternTest {

  @ParameterizedTest(name = "''{0}'' LIKE ''{1}'' is {2}")
  @CsvSource(delimiterString = " | ", quoteCharacter = '`', textBlock = """
      abc                        | abc                      | true
      abc                        | ABC                      | false
      abc                        | a%                       | true
      abc                        | %c                       | true
      abc                        | %b%                      | true
      abc                        | a_c                      | true
      abc                        | a_                       | false
      abc                        | ___                      | true
      abc                        | ____                     | false
      ab                         | a%b                      | true
      a                          | a%a                      | false
      aXbXc                      | a%b%c                    | true
      acb                        | a%b%c                    | false
      %SystemDrive%\\Users\\John | \\%SystemDrive\\%\\\\Users% | true
      xSystemDrive%\\Users\\John | \\%SystemDrive\\%\\\\Users% | false
      C:\\Windows\\cmd.exe       | %\\cmd.exe               | true
      C:\\Windows\\cmd.exe       | %\\\\cmd.exe             | true
      a\\                        | a\\                      | true
      a_b                        | a\\_b                    | true
      axb                        | a\\_b                    | false
      😀x                        | _x                       | true
      😀x                        | __x                      | false
      `line1\nline2`             | line1%                   | true
      ``                         | %                        | true
      ``                         | _                        | false
      ``                         | ``                       | true
      """)
  void like(String value, String pattern, boolean expected) {
    String v = value.replace("\\n", "\n");
    assertThat(GlobPattern.like(pattern, '\\').matches(v)).isEqualTo(expected);
    assertThat(Reference.like(v, pattern, '\\')).as("the reference agrees").isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' matches \"{1}\" is {2}")
  @CsvSource(delimiterString = " | ", quoteCharacter = '`', textBlock = """
      powershell.exe   | *shell*       | true
      powershell.exe   | power*        | true
      powershell.exe   | *.exe         | true
      powershell.exe   | powershell    | false
      powershell.exe   | *she?l*       | false
      she?l            | she?l         | true
      a%b_c            | a%b_c         | true
      a%b_c            | a*c           | true
      ``               | *             | true
      """)
  void wildcard(String value, String pattern, boolean expected) {
    assertThat(GlobPattern.wildcard(pattern).matches(value)).isEqualTo(expected);
  }

  static Stream<Integer> seeds() {
    return IntStream.range(0, 50).boxed();
  }

  private static final String[] ALPHABET =
      {"a", "b", "c", "%", "_", "\\", "!", "'", "\"", "é", "😀", "\n", "*", "?"};

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void likeAgreesWithTheReference(int seed) {
    Random random = new Random(seed);
    int matched = 0;
    for (int i = 0; i < 400; i++) {
      String value = randomText(random, random.nextInt(12));
      String pattern = random.nextBoolean() ? randomText(random, random.nextInt(8)) : derived(random, value);
      int escape = random.nextInt(4) == 0 ? '!' : '\\';
      boolean like = GlobPattern.like(pattern, escape).matches(value);
      matched += like ? 1 : 0;
      assertThat(like)
          .as("'%s' LIKE '%s' ESCAPE '%c'", value, pattern, (char) escape)
          .isEqualTo(Reference.like(value, pattern, escape));
      assertThat(GlobPattern.wildcard(pattern).matches(value))
          .as("'%s' matches \"%s\"", value, pattern)
          .isEqualTo(Reference.wildcard(value, pattern));
    }
    assertThat(matched).as("patterns that match, of 400").isGreaterThan(60);
  }

  private static String randomText(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return out.toString();
  }

  /** A pattern made from the value, so that many patterns match: characters become wildcards or escaped. */
  private static String derived(Random random, String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().forEach(c -> {
      switch (random.nextInt(6)) {
        case 0 -> out.append('_');
        case 1 -> out.append('%');
        case 2 -> out.append('\\').appendCodePoint(c);
        default -> out.appendCodePoint(c);
      }
    });
    if (random.nextInt(3) == 0) {
      out.append('%');
    }
    return out.toString();
  }

  /** The plain way: tokens, then a table of "value from i matches tokens from j". */
  static final class Reference {
    private static final int ANY = -2;
    private static final int ONE = -3;

    static boolean like(String value, String pattern, int escape) {
      int[] p = pattern.codePoints().toArray();
      List<Integer> tokens = new ArrayList<>();
      for (int i = 0; i < p.length; i++) {
        boolean escapes = p[i] == escape && i + 1 < p.length
            && (p[i + 1] == '%' || p[i + 1] == '_' || p[i + 1] == escape);
        if (escapes) {
          tokens.add(p[++i]);
        } else if (p[i] == escape) {
          tokens.add(p[i]);
        } else {
          tokens.add(p[i] == '%' ? ANY : p[i] == '_' ? ONE : p[i]);
        }
      }
      return matches(value.codePoints().toArray(), tokens);
    }

    static boolean wildcard(String value, String pattern) {
      List<Integer> tokens = new ArrayList<>();
      pattern.codePoints().forEach(c -> tokens.add(c == '*' ? ANY : c));
      return matches(value.codePoints().toArray(), tokens);
    }

    private static boolean matches(int[] v, List<Integer> t) {
      boolean[][] ok = new boolean[v.length + 1][t.size() + 1];
      ok[v.length][t.size()] = true;
      for (int i = v.length; i >= 0; i--) {
        for (int j = t.size() - 1; j >= 0; j--) {
          int tok = t.get(j);
          if (tok == ANY) {
            ok[i][j] = ok[i][j + 1] || i < v.length && ok[i + 1][j];
          } else {
            ok[i][j] = i < v.length && (tok == ONE || tok == v[i]) && ok[i + 1][j + 1];
          }
        }
      }
      return ok[0][0];
    }
  }
}
