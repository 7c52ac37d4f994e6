package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFunctionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      toLowerCase("AbC")                    => abc
      toUpperCase(s)                        => ABC
      ToUpperCase(u)                        => ÜNÏCODE
      toLowerCase(missing)                  => null
      toLowerCase(n)                        => 42
      concat(s, "-", n)                     => abc-42
      concat(s, missing, "!")               => abc!
      substring("Hello world!", 6)          => world!
      substring("Hello world!", 0, 5)       => Hello
      substring("Hello", 2, 99)             => llo
      substring("Hello", 9)                 => null
      substring("Hello", -1)                => null
      substring("Hello", 3, 2)              => null
      length(s)                             => 3
      length(missing)                       => 0
      length(e)                             => 0
      trim("  x y  ")                       => x y
      trim(missing)                         => null
      replace(s, "b", "BB")                 => aBBc
      replace("aaa", "a", "b")              => bbb
      replace(s, /[ac]/, "_")               => _b_
      replace("k=v", /(?<k>\\w)=(\\w)/, "$2=${k}") => v=k
      replace(missing, "a", "b")            => null
      urldecode("a%20b%2Fc+d")              => a b/c d
      urldecode("100%")                     => 100%
      urlencode("a b/c")                    => a+b%2Fc
      base64Decode("aGVsbG8gd29ybGQ=")      => hello world
      base64Decode("not base64!")           => not base64!
      base64Encode("hi")                    => aGk=
      contains(s, "bc")                     => true
      contains(missing, "")                 => false
      format("%s-%05d", s, 42)              => abc-00042
      format("%d", s)                       => null
      format("%100000s", s)                 => null
      toString(n)                           => 42
      """)
  void values(String expression, String expected) {
    assertThat(Exprs.eval(expression)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void lowerCaseRawOfAnUntouchedMessageIsTheMessagesOwn() {
    Output out = Runs.run("* | where toLowerCase(_raw) matches \"*hello*\" | \"x\" as _raw"
        + " | toLowerCase(_raw) as lower", Runs.message("Say HELLO"));
    assertThat(Runs.column(out, "lower")).containsExactly("x");
  }
}
