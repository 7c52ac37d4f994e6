package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** isNull, isEmpty, isBlank, isNumeric and if, with the isNull page's own examples. */
class TestFunctionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      isNull(missing)         => true
      isNull(e)               => false
      isNull(b)               => false
      isNull(s)               => false
      isEmpty(missing)        => true
      isEmpty(e)              => true
      isEmpty(b)              => false
      isEmpty(s)              => false
      isBlank(missing)        => true
      isBlank(e)              => true
      isBlank(b)              => true
      isBlank(s)              => false
      isEMpty(e)              => true
      isNumeric(n)            => true
      isNumeric(f)            => true
      isNumeric(s)            => false
      isNumeric("1e3")        => true
      isNumeric("0x1F")       => false
      if(n = 42, "yes", "no") => yes
      if(missing = 1, "yes", "no") => no
      if(isNull(missing), "unknown", missing) => unknown
      if(s, 1, 0)             => 0
      if(true, 1, 0)          => 1
      """)
  void values(String expression, String expected) {
    assertThat(Exprs.eval(expression)).isEqualTo(expected);
  }
}
