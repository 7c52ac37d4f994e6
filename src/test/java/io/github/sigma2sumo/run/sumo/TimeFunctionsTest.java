package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFunctionsTest {

  /** 2024-01-15 22:30:45.123 UTC, a Monday. */
  private static final long TIME = 1_705_357_845_123L;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      formatDate(_messagetime, "yyyy-MM-dd HH:mm:ss.SSS")           => 2024-01-15 22:30:45.123
      formatDate(toLong(_messagetime), "H", "UTC")                  => 22
      toInt(formatDate(toLong(_messagetime), "H", "UTC")) >= 22     => true
      formatDate(_messagetime, "EEE")                               => Mon
      formatDate(_messagetime, "HH", "Asia/Kolkata")                => 04
      formatDate(_messagetime)                                      => 01/15/2024 22:30:45.123 +0000
      formatDate("1705357845123", "yyyy")                           => 2024
      formatDate(missing, "yyyy")                                   => null
      formatDate(_messagetime, "qq")                                => null
      parseDate("2024-01-15 22:30", "yyyy-MM-dd HH:mm")             => 1705357800000
      parseDate("nope", "yyyy")                                     => null
      now()                                                         => 1705357845124
      queryStartTime()                                              => 1705357845123
      queryEndTime() - queryStartTime()                             => 1
      queryTimeRange()                                              => 1
      """)
  void values(String expression, String expected) {
    LogMessage m = new LogMessage("x", Map.of(), TIME, TIME + 5);
    Output out = Runs.prepare("* | " + expression + " as result").run(List.of(m));
    Value v = out.rows().get(0).get("result").orElseThrow();
    assertThat(v.isNull() ? "null" : v.text()).isEqualTo(expected);
  }
}
