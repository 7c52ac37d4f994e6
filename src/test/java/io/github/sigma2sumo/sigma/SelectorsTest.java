package io.github.sigma2sumo.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which identifiers {@code 1 of x*}, {@code all of them} and the like name. */
class SelectorsTest {
  private static final List<String> IDS = List.of("sel_a", "sel_b", "filter_x", "_hidden", "_sel_c", "selection");

  private static List<String> matching(String pattern) {
    return Selectors.matching(new Condition.Selector(false, pattern, new Span(0, 0)), IDS);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "sel_* => sel_a,sel_b",
      "sel* => sel_a,sel_b,selection",
      "*_x => filter_x",
      "_* => _hidden,_sel_c",
      "*a* => sel_a",
      "selection => selection",
      "s*l*n => selection",
      "them => sel_a,sel_b,filter_x,selection"})
  void namesTheIdentifiersThePatternMatches(String pattern, String expected) {
    assertThat(matching(pattern)).containsExactly(expected.split(","));
  }

  @Test
  void globAgreesWithTheRegexReadingOnRandomInput() {
    Random random = new Random(3);
    for (int i = 0; i < 20000; i++) {
      String pattern = random(random, "ab*", 6);
      String text = random(random, "ab", 8);
      boolean regex = Pattern.matches(Pattern.quote(pattern).replace("*", "\\E.*\\Q"), text);
      assertThat(Selectors.glob(pattern, text)).as("%s ~ %s", pattern, text).isEqualTo(regex);
    }
  }

  @Test
  void runsOfStarsAreNoTrap() {
    String pattern = "s" + "*".repeat(40) + "el_" + "*".repeat(40) + "x";
    String text = "sel_template_li" + "*".repeat(30) + "k" + "*".repeat(20) + "e";
    assertThat(Selectors.glob(pattern, text)).isFalse(); // a backtracking regex takes hours on this
  }

  private static String random(Random random, String alphabet, int maxLength) {
    StringBuilder out = new StringBuilder();
    for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
