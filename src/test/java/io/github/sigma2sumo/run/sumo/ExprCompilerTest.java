package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comparisons, boolean operators, arithmetic, matches, in, contains and null as where sees them. */
class ExprCompilerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      s = "abc"                  | true
      s == "abc"                 | true
      s = "ABC"                  | false
      s != "ABC"                 | true
      s <> "abc"                 | false
      n = 42                     | true
      n = 42.0                   | true
      n = "42"                   | true
      n = "42.0"                 | false
      n > 9                      | true
      n > "9"                    | true
      s > "abb"                  | true
      s < 5                      | false
      s != 5                     | true
      f >= 2.5 and f <= 2.5      | true
      num(n) = 42                | true
      num(s) = 0                 | false
      missing = "a"              | false
      missing != "a"             | false
      !(missing = "a")           | true
      missing < 5                | false
      missing > 5                | false
      isNull(missing)            | true
      !isNull(s)                 | true
      n in (41, 42)              | false
      num(n) in (41, 42)         | true
      n in ("41", "42")          | true
      s not in ("x", "y")        | true
      missing not in ("x")       | false
      s contains "b"             | true
      s contains "B"             | false
      s not contains "z"         | true
      missing contains ""        | false
      true                       | true
      false                      | false
      !false and !!true          | true
      s = "x" or n = 42          | true
      s = "abc" and n = 0        | false
      s = "x" or s = "y" or s = "abc" and n = 42 | true
      """)
  void conditions(String condition, boolean expected) {
    assertThat(Exprs.where(condition)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      s matches "a*" => true
      s matches "A*" => false
      s matches "b*" => false
      s matches "*b*" => true
      s matches "ab" => false
      s matches /b/ => false
      s matches /.*b.*/ => true
      s matches /(?i)ABC/ => true
      s matches /ABC/i => true
      s matches /a|x/ => false
      s matches /abc|x/ => true
      !(s matches "x*") => true
      s not matches "x*" => true
      missing matches "*" => false
      !(missing matches "x") => true
      n matches "4*" => true
      s matches concat("*", "b", "*") => true
      u matches /(?i)ÜNÏCODE/ => true
      """)
  void matchesIsAWholeValueMatch(String condition, boolean expected) {
    assertThat(Exprs.where(condition)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1 + 2                  | 3
      n + 1                  | 43
      f * 2                  | 5
      7 / 2                  | 3.5
      7 % 4                  | 3
      -n                     | -42
      10 - -5                | 15
      52 * 6 - 2             | 310
      52 * (6 - 2)           | 208
      1 / 0                  | Infinity
      s + 1                  | null
      missing + 1            | null
      1.5s                   | 1500
      1m                     | 60000
      1M                     | 1000000
      2Ki                    | 2048
      3.14e+4                | 31400
      n > 1 ? "big" : "small" | big
      s = "abc"              | true
      "lit"                  | lit
      """)
  void values(String expression, String expected) {
    assertThat(Exprs.eval(expression)).isEqualTo(expected);
  }

  @Test
  void aFieldNothingDefinesIsNullAndNoted() {
    Output out = Runs.run("* | where missing = \"a\" or true", Exprs.MESSAGE);
    assertThat(out.rows()).hasSize(1);
    assertThat(out.notes()).singleElement().asString().contains("field missing is read but neither a stage");
  }
}
