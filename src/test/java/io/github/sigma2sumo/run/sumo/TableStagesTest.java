package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** sort, limit and dedup over message rows (newest first before any sort). */
class TableStagesTest {

  private static final LogMessage[] MESSAGES = {
      Runs.message(4, "k=b v=10"), Runs.message(3, "k=a v=9"), Runs.message(2, "k=b v=100"), Runs.message(1, "k=c v=x")};

  /** Numbers before text ascending, nulls last in either direction. */
  @org.junit.jupiter.api.Test
  void mixedKindsAndNulls() {
    LogMessage[] m = {Runs.message(3, "v=b;"), Runs.message(2, "none"), Runs.message(1, "v=5;")};
    String q = "* | parse \"v=*;\" as v nodrop | if(v = \"5\", num(v), v) as w | sort by w";
    assertThat(Runs.column(Runs.run(q + " asc", m), "w")).containsExactly("5", "b", "null");
    assertThat(Runs.column(Runs.run(q, m), "w")).containsExactly("b", "5", "null");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      where true                        => 10,9,100,x
      sort by v                         => x,9,100,10
      sort by v asc                     => 10,100,9,x
      sort by num(v)                    => 100,10,9,x
      sort by num(v) asc                => 9,10,100,x
      num(v) as n | sort by n asc       => 9,10,100,x
      sort by k asc, v desc             => 9,100,10,x
      order by k                        => x,10,100,9
      sort by +k                        => 9,10,100,x
      limit 2                           => 10,9
      sort by num(v) | limit 1          => 100
      limit 0                           => ''
      dedup by k                        => 10,9,x
      dedup 2 by k                      => 10,9,100,x
      dedup k                           => 10,9,x
      dedup 2 k                         => 10,9,100,x
      dedup                             => 10,9,100,x
      sort by k | dedup consecutive by k => x,10,9
      """)
  void rowsInOrder(String stages, String expected) {
    // (the fields without 'by' are how Sumo's own AWS Observability apps write dedup)
    Output out = Runs.run("* | parse \"k=* \" as k | parse \"v=*\" as v | " + stages, MESSAGES);
    assertThat(String.join(",", Runs.column(out, "v"))).isEqualTo(expected);
  }
}
