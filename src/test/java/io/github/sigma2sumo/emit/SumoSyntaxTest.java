package io.github.sigma2sumo.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanners of the one escaping layer, against the regexes that define them. */
class SumoSyntaxTest {
  private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");

  @Test
  void aDottedNameIsWhatTheGrammarsFieldPatternMatches() {
    List<String> fixed = List.of("", "a", "_", "9a", "a.b", "a..b", "a.", ".a", "a.9", "a-b", "Event.Data_1", "é", "a.b.c");
    for (String s : fixed) {
      assertThat(SumoSyntax.isDottedName(s)).as(s).isEqualTo(DOTTED.matcher(s).matches());
    }
    Random random = new Random(11);
    String alphabet = "aZ_09.-é ";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(7); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(SumoSyntax.isDottedName(s.toString())).as(s.toString()).isEqualTo(DOTTED.matcher(s).matches());
    }
  }

  @Test
  void aRegexWithALineBreakCannotBeWritten() {
    assertThat(SumoSyntax.isWritableRegex("a\\nb")).isTrue();
    assertThat(SumoSyntax.isWritableRegex("a\nb")).isFalse();
    assertThat(SumoSyntax.isWritableRegex("a\rb")).isFalse();
  }

  @Test
  void regexQuoteEscapesByCodePoint() {
    assertThat(SumoSyntax.regexQuote("a.b*🙂\n\u0001")).isEqualTo("a\\.b\\*🙂\\n\\x{1}");
  }
}
