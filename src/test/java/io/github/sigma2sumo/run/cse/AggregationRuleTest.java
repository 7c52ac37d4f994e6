package io.github.sigma2sumo.run.cse;

import static io.github.sigma2sumo.run.cse.Rules.MINUTE;
import static io.github.sigma2sumo.run.cse.Rules.records;
import static io.github.sigma2sumo.run.cse.Rules.rule;
import static io.github.sigma2sumo.run.cse.Rules.signals;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Aggregation rules: each function, the docs' ratio example, grouping and the window's edges. */
class AggregationRuleTest {

  private static String http(int status, String ip) {
    return "{\"http_response_statusCode\": " + status + ", \"device_ip\": \"" + ip + "\"}";
  }

  /** write-aggregation-rule.md's example: more than 75 % of requests failed within 5 minutes. */
  private static final String RATIO = """
      {"type": "aggregation", "endpoint": "sec/v1/rules/aggregation", "fields": {
        "matchExpression": "!isNull(http_response_statusCode)",
        "aggregationFunctions": [
          {"name": "good", "function": "count", "arguments": ["http_response_statusCode <= 201"]},
          {"name": "bad", "function": "count", "arguments": ["http_response_statusCode > 201"]}],
        "triggerExpression": "(bad/(good+bad))*100 > 75",
        "groupByAsset": false, "groupByFields": ["device_ip"], "windowSize": "T05M"}}""";

  @Test
  void theDocsRatioExampleFiresOncePastSeventyFivePercent() {
    Verdict v = rule(RATIO).run(records(0, http(200, "a"), 1, http(500, "a"), 2, http(500, "a"), 3, http(404, "a"),
        4, http(500, "a")));
    // 1 good, 3 bad is exactly 75 %: not yet; the fourth failure makes 80 %
    assertThat(signals(v)).containsExactly(List.of(0, 1, 2, 3, 4));
    assertThat(v.signals().get(0).aggregates()).containsExactly(new Signal.Field("good", "1"),
        new Signal.Field("bad", "4"));
    assertThat(v.signals().get(0).groupBy()).containsExactly(new Signal.Field("device_ip", "'a'"));
  }

  @Test
  void aFirstFailureAloneIsAHundredPercent() {
    Verdict v = rule(RATIO).run(records(0, http(500, "a"), 1, http(200, "b")));
    assertThat(signals(v)).containsExactly(List.of(0));
  }

  private static CseRuleEvaluator oneFunction(String function, String argument, String trigger) {
    return rule("""
        {"type": "aggregation", "fields": {"matchExpression": "bytes IS NOT NULL OR name IS NOT NULL",
          "aggregationFunctions": [{"name": "v", "function": "%s", "arguments": ["%s"]}],
          "triggerExpression": "%s", "windowSize": "T05M"}}""".formatted(function, argument, trigger));
  }

  @ParameterizedTest(name = "{0}({1}) fires when {2}")
  @CsvSource(delimiterString = " | ", quoteCharacter = '`', textBlock = """
      count          | true     | v = 4              | 4
      count          | bytes    | v = 3              | 3
      count_distinct | name     | v = 2              | 2
      sum            | bytes    | v = 60             | 60
      avg            | bytes    | v = 20             | 20
      min            | bytes    | v = 10             | 10
      max            | bytes    | v = 30             | 30
      min            | name     | v = 'a'            | 'a'
      max            | name     | v = 'b'            | 'b'
      first          | name     | v = 'b'            | 'b'
      last           | bytes    | v = 30             | 30
      sum            | name     | v IS NULL          | null
      """)
  void functions(String function, String argument, String trigger, String shown) {
    Verdict v = oneFunction(function, argument, trigger).run(records(0, "{\"name\": \"b\"}",
        1, "{\"bytes\": 10, \"name\": \"a\"}",
        2, "{\"bytes\": \"20\", \"name\": \"b\"}", 3, "{\"bytes\": 30}"));
    assertThat(v.signals()).as("%s", v).isNotEmpty();
    Signal last = v.signals().get(v.signals().size() - 1);
    assertThat(last.aggregates()).containsExactly(new Signal.Field("v", shown));
  }

  @ParameterizedTest(name = "records {0} ms apart: {1} signals")
  @CsvSource({"299999, 1", "300000, 0"})
  void theWindowHoldsRecordsLessThanItsLengthApart(long apart, int expected) {
    Verdict v = oneFunction("count_distinct", "name", "v > 1").run(records(0, "{\"name\": \"a\"}",
        apart, "{\"name\": \"b\"}"));
    assertThat(v.signals()).hasSize(expected);
  }

  @Test
  void byDefaultEachEntityIsAGroup() {
    String body = """
        {"type": "aggregation", "fields": {"matchExpression": "true",
          "aggregationFunctions": [{"name": "n", "function": "count", "arguments": ["true"]}],
          "triggerExpression": "n >= 2", "windowSize": "T60M",
          "entitySelectors": [{"entityType": "_hostname", "expression": "device_hostname"}]}}""";
    Verdict v = rule(body).run(records(0, "{\"device_hostname\": \"a\"}", MINUTE, "{\"device_hostname\": \"b\"}",
        2 * MINUTE, "{\"device_hostname\": \"a\"}"));
    assertThat(signals(v)).containsExactly(List.of(0, 2));
    assertThat(v.signals().get(0).entities()).containsExactly(new Signal.Field("_hostname", "'a'"));
    Verdict together = rule(body.replace("\"windowSize\"", "\"groupByAsset\": false, \"windowSize\""))
        .run(records(0, "{\"device_hostname\": \"a\"}", MINUTE, "{\"device_hostname\": \"b\"}"));
    assertThat(signals(together)).containsExactly(List.of(0, 1));
  }

  @Test
  void aTriggerThatCannotBeEvaluatedIsReported() {
    Verdict v = oneFunction("first", "name", "v = 'b' AND hasThreatMatch([v])").run(records(0, "{\"name\": \"b\"}"));
    assertThat(v.signals()).isEmpty();
    assertThat(v.failures()).singleElement().satisfies(f -> assertThat(f.part()).isEqualTo("triggerExpression"));
  }
}
