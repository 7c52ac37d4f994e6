package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Group-by aggregates, timeslice, top and count_frequent. */
class AggregateTest {

  /** Five messages, newest first: user and bytes. */
  private static final LogMessage[] MESSAGES = {
      Runs.message(5, "user=ann bytes=10;"), Runs.message(4, "user=bob bytes=x;"),
      Runs.message(3, "user=ann bytes=30;"), Runs.message(2, "user=cid bytes=2;"),
      Runs.message(1, "user=ann bytes=5;")};

  private static Output run(String stages) {
    return Runs.run("* | parse \"user=* \" as user | parse \"bytes=*;\" as bytes | " + stages, MESSAGES);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      count by user                                    | _count          => 3,1,1
      count(*) by user                                 | _count          => 3,1,1
      count as n by user                               | n               => 3,1,1
      count user                                       | _count          => 3,1,1
      count(bytes) by user                             | _count          => 3,1,1
      count_distinct(bytes) by user                    | _count_distinct => 3,1,1
      count_distinct(user)                             | _count_distinct => 3
      sum(bytes) by user                               | _sum            => 45,null,2
      avg(bytes) by user                               | _avg            => 15,null,2
      min(bytes) by user                               | _min            => 5,null,2
      max(bytes) as top by user                        | top             => 30,null,2
      first(bytes) by user                             | _first          => 10,x,2
      last(bytes) by user                              | _last           => 5,x,2
      pct(bytes, 50) by user                           | _bytes_pct_50   => 10,null,2
      pct(bytes, 95) as p by user                      | p               => 30,null,2
      median(bytes) by user                            | _median         => 10,null,2
      stddev(bytes) by user                            | _stddev         => 13.228756555322953,null,0
      values(bytes) by user                            | _values         => 10\\n30\\n5,x,2
      count as n, sum(bytes) as s by user              | s               => 45,null,2
      count by user | where _count > 1                 | user            => ann
      count by user | _count * 2 as twice              | twice           => 6,2,2
      count by user | sort by user asc                 | user            => ann,bob,cid
      count by user | sort by _count                   | user            => ann,bob,cid
      top 2 user                                       | user            => ann,bob
      top 1 user by count                              | _count          => 3
      count_frequent user                              | _approxcount    => 3,1,1
      """)
  void aggregates(String stagesAndField, String expected) {
    String[] parts = stagesAndField.split(" \\| (?=[_a-z0-9]+$)");
    Output out = run(parts[0].trim());
    assertThat(out.aggregated()).isTrue();
    assertThat(String.join(",", Runs.column(out, parts[1].trim()))).isEqualTo(expected.replace("\\n", "\n"));
  }

  @Test
  void rowsHoldTheGroupFieldsThenTheAggregates() {
    Output out = run("count as n, sum(bytes) by user");
    assertThat(out.rows().get(0).fields().keySet()).containsExactly("user", "n", "_sum");
  }

  @Test
  void severalPercentilesNameThemselves() {
    Output out = run("pct(bytes, 25, 75)");
    assertThat(out.rows().get(0).fields().keySet()).containsExactly("_bytes_pct_25", "_bytes_pct_75");
    assertThat(Runs.column(out, "_bytes_pct_75")).containsExactly("10"); // nearest rank: 3rd of 2, 5, 10, 30
  }

  @Test
  void noRowsGiveNoGroups() {
    assertThat(Runs.run("nothing | count", Runs.message("x")).rows()).isEmpty();
    assertThat(Runs.run("nothing | count by x", Runs.message("x")).rows()).isEmpty();
  }

  @Test
  void aNullGroupValueIsAGroup() {
    Output out = Runs.run("* | parse \"u=*;\" as u nodrop | count by u", Runs.message(2, "u=a;"), Runs.message(1, "none"));
    assertThat(Runs.column(out, "u")).containsExactly("a", "null");
  }

  @Test
  void timesliceBucketsMessageTimes() {
    Output out = Runs.run("* | timeslice 1m | count by _timeslice",
        Runs.message(61_000, "a"), Runs.message(119_999, "b"), Runs.message(120_000, "c"), Runs.message(5, "d"));
    assertThat(Runs.column(out, "_timeslice")).containsExactly("120000", "60000", "0");
    assertThat(Runs.column(out, "_count")).containsExactly("1", "2", "1");
    Output aliased = Runs.run("* | timeslice 1h as hour", Runs.message(3_700_000, "a"));
    assertThat(Runs.column(aliased, "hour")).containsExactly("3600000");
    Output spaced = Runs.run("* | timeslice 1 h", Runs.message(3_700_000, "a"));
    assertThat(Runs.column(spaced, "_timeslice")).containsExactly("3600000");
  }

  @Test
  void timesliceBucketsDivideTheTimeRange() {
    Output out = Runs.prepare("* | timeslice 2 buckets | count by _timeslice").run(
        Messages.of(List.of(Runs.message(0, "a"), Runs.message(99, "b")), new TimeRange(0, 100)));
    assertThat(Runs.column(out, "_timeslice")).containsExactly("50", "0");
  }

  /** The compiled temporal correlation (Failed Logon then Successful Logon). */
  @Test
  void compiledTemporalCorrelation() {
    String q = """
        * | parse regex "<EventID>(?<EventID>\\\\d+)</EventID>" nodrop
        | parse regex "<Ip>(?<IpAddress>[^<]*)</Ip>" nodrop
        | if(num(EventID) = 4625, 1, 0) as sigma_rule_1
        | if(num(EventID) = 4625, _messagetime, 99999999999999) as sigma_first_1
        | if(num(EventID) = 4624, 1, 0) as sigma_rule_2
        | if(num(EventID) = 4624, _messagetime, 99999999999999) as sigma_first_2
        | where sigma_rule_1 = 1 or sigma_rule_2 = 1
        | timeslice 30m
        | max(sigma_rule_1) as sigma_rule_1, min(sigma_first_1) as sigma_first_1, max(sigma_rule_2) as sigma_rule_2, min(sigma_first_2) as sigma_first_2 by _timeslice, IpAddress
        | sigma_rule_1 + sigma_rule_2 as rule_count
        | where rule_count >= 2 and sigma_first_1 <= sigma_first_2
        """;
    LogMessage fail = Runs.message(1_000, "<EventID>4625</EventID><Ip>1.2.3.4</Ip>");
    LogMessage success = Runs.message(2_000, "<EventID>4624</EventID><Ip>1.2.3.4</Ip>");
    LogMessage otherIp = Runs.message(1_500, "<EventID>4624</EventID><Ip>9.9.9.9</Ip>");
    assertThat(Runs.run(q, fail, success, otherIp).rows()).hasSize(1);
    LogMessage earlySuccess = Runs.message(500, "<EventID>4624</EventID><Ip>1.2.3.4</Ip>");
    assertThat(Runs.run(q, fail, earlySuccess).rows()).isEmpty();
    assertThat(Runs.run(q, fail).rows()).isEmpty();
  }

  @Test
  void choicesWhereTheDocsAreSilent() {
    // count_distinct of several fields counts distinct combinations; pct without a percentile is the 50th
    Output out = run("count_distinct(user, bytes) as pairs, pct(bytes) as mid");
    assertThat(Runs.column(out, "pairs")).containsExactly("5");
    assertThat(Runs.column(out, "mid")).containsExactly("5");
    // the text "1" and the number 1 are two groups
    Output kinds = Runs.run("* | parse \"v=*;\" as v | if(v = \"n\", 1, \"1\") as k | count by k",
        Runs.message(2, "v=n;"), Runs.message(1, "v=t;"));
    assertThat(kinds.rows()).hasSize(2);
    // top without a count keeps ten groups
    LogMessage[] many = new LogMessage[12];
    for (int i = 0; i < many.length; i++) {
      many[i] = Runs.message(i, "u=" + i + ";");
    }
    assertThat(Runs.run("* | parse \"u=*;\" as u | top u", many).rows()).hasSize(10);
  }

  @Test
  void afterAnAggregationOnlyItsFieldsExist() {
    String message = "field user does not exist after the aggregation, which keeps only its group-by fields and"
        + " aggregates; Sumo rejects the query (\"field not found\")";
    assertThat(Runs.problems("* | count by host | where user = \"a\"")).containsExactly(message);
    assertThat(Runs.problems("* | count by host | fields host, user")).containsExactly(message);
    assertThat(Runs.problems("* | count by host | timeslice 1m")).singleElement().asString()
        .startsWith("field _messagetime does not exist after the aggregation");
    Runs.prepare("* | count as n by host | n * 2 as user | where user > 2 | fields - nothing | sort by host");
    Runs.prepare("* | count by host | json auto field=host | where user = \"a\"");
    Runs.prepare("* | count by host | top 5 host by _count | where _count > 1");
  }

  @Test
  void unknownAggregatesAreNotEvaluated() {
    assertThat(Runs.problems("* | most_recent(x) by y")).containsExactly("`most_recent()` is not evaluated locally");
    assertThat(Runs.problems("* | count by concat(a, b)")).containsExactly("group by a field, not an expression");
    assertThat(Runs.problems("* | sum(a + b)")).singleElement().asString().startsWith("an aggregate reads a field");
    assertThat(Runs.problems("* | top 5 a by b")).containsExactly(
        "`top ... by` is not evaluated locally: only `top n f by count` is evaluated");
  }
}
