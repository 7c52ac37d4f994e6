package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseFoldTest {

  /**
   * For every code point whose folding {@link CaseFold} trusts, its class under CaseFold is its
   * orbit under re2j's own fold table (com.google.re2j.Unicode.simpleFold, read by reflection).
   */
  @Test
  void classesAreRe2Orbits() throws Exception {
    Method simpleFold = Class.forName("com.google.re2j.Unicode").getDeclaredMethod("simpleFold", int.class);
    simpleFold.setAccessible(true);
    Map<Integer, TreeSet<Integer>> classes = new HashMap<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      classes.computeIfAbsent(CaseFold.fold(c), k -> new TreeSet<>()).add(c);
    }
    List<String> differences = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (!CaseFold.isReliable(c)) {
        continue;
      }
      TreeSet<Integer> orbit = new TreeSet<>();
      orbit.add(c);
      int x = (int) simpleFold.invoke(null, c);
      for (int n = 0; x != c && n < 10; n++) {
        orbit.add(x);
        x = (int) simpleFold.invoke(null, x);
      }
      if (!orbit.equals(classes.get(CaseFold.fold(c)))) {
        differences.add(Integer.toHexString(c));
      }
    }
    assertThat(differences).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "k, \u212A, true", "s, \u017F, true", "i, \u0130, false", "i, \u0131, false", "é, É, true",
      "σ, ς, true", "ß, ẞ, true", "a, b, false", "\uD801\uDC00, \uD801\uDC28, true"})
  void agreesWithRe2OnSingleCharacters(String pattern, String value, boolean expected) {
    assertThat(CaseFold.fold(pattern).equals(CaseFold.fold(value))).isEqualTo(expected);
    assertThat(Pattern.compile("(?i)" + Pattern.quote(pattern)).matches(value)).isEqualTo(expected);
  }
}
