package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFunctionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      num(n)              => 42
      num("abc")          => null
      num("")             => null
      num(" 7 ")          => 7
      num("1e3")          => 1000
      num("NaN")          => null
      num("0x10")         => null
      number(f)           => 2.5
      toLong(f)           => 2
      toLong("-2.7")      => -2
      toInt("9.9")        => 9
      toLong(s)           => null
      abs(-3)             => 3
      ceil(2.1)           => 3
      floor(2.9)          => 2
      round(2.5)          => 3
      round(-2.5)         => -2
      round(3.14159, 2)   => 3.14
      sqrt(16)            => 4
      pow(2, 10)          => 1024
      min(3, n)           => 3
      max(3, n)           => 42
      log(1)              => 0
      log10(1000)         => 3
      exp(0)              => 1
      """)
  void values(String expression, String expected) {
    assertThat(Exprs.eval(expression)).isEqualTo(expected);
  }
}
