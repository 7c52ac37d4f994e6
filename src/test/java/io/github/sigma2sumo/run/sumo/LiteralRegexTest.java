package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine-less match of literal regexes against RE2 itself. */
class LiteralRegexTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      (?is)^.*\\\\regsvr32\\.exe$                 => true
      (?is)^(?:.*Add-AADInt.*|.*Get-AADInt.*)$    => true
      ^abc$                                       => true
      ^(?s:.*)abc(?s:.*)$                         => true
      (?i)^.*🙂.*$                                => true
      (?i)^.*\\u0130.*$                           => false
      ^a.c$                                       => false
      ^a+$                                        => false
      ^(?:a|b(c))$                                => false
      (?m)^a$                                     => false
      abc                                         => false
      ^abc\\$                                      => false
      ^\\d$                                       => false
      """)
  void acceptsOnlyLiteralsAndDotStars(String pattern, boolean accepted) {
    assertThat(LiteralRegex.of(pattern.replace("\\u0130", "\u0130")).isPresent()).isEqualTo(accepted);
  }

  /** Random literal patterns against random values: the same answer as re2j's whole-value match. */
  @ParameterizedTest
  @MethodSource("randomCases")
  void agreesWithRe2(String pattern, String value) {
    LiteralRegex literal = LiteralRegex.of(pattern).orElseThrow();
    assertThat(literal.matchesWhole(value)).as("%s ~ %s", pattern, value)
        .isEqualTo(Pattern.compile(pattern).matcher(value).matches());
  }

  static Stream<Arguments> randomCases() {
    String[] pieces = {"a", "B", "k", "s", "\\.", "\\\\", "\\*", "é", "😀", " ", "-", ".*", ".*", "(?s:.*)"};
    String[] chars = {"a", "A", "b", "B", "k", "K", "\u212A", "s", "S", "\u017F", ".", "\\", "*", "é", "É",
        "😀", " ", "-", "\n", "x"};
    String[] flags = {"", "(?i)", "(?s)", "(?is)"};
    Random random = new Random(42);
    List<Arguments> out = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int branches = 1 + random.nextInt(3);
      List<String> parts = new ArrayList<>();
      for (int b = 0; b < branches; b++) {
        StringBuilder p = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
          p.append(pieces[random.nextInt(pieces.length)]);
        }
        parts.add(p.toString());
      }
      String body = branches == 1 ? parts.get(0) : "(?:" + String.join("|", parts) + ")";
      String pattern = flags[random.nextInt(flags.length)] + "^" + body + "$";
      StringBuilder value = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        value.append(chars[random.nextInt(chars.length)]);
      }
      out.add(Arguments.of(pattern, value.toString()));
    }
    return out.stream();
  }
}
