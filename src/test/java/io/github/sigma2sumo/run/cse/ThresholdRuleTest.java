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

/** Threshold rules: counts and distinct counts per group, at the edges of the window. */
class ThresholdRuleTest {

  private static final String FAILED = "{\"metadata_deviceEventId\": \"Security-4625\", \"srcDevice_ip\": \"10.0.0.1\","
      + " \"user_username\": \"%s\", \"device_hostname\": \"%s\"}";

  private static String failed(String user, String host) {
    return String.format(FAILED, user, host);
  }

  private static String threshold(String extra) {
    return """
        {"type": "threshold", "endpoint": "sec/v1/rules/threshold", "fields": {
          "name": "Many failed logons", "expression": "metadata_deviceEventId = 'Security-4625'",
          "limit": 3, "windowSize": "T05M", "groupByFields": [],
          "entitySelectors": [{"entityType": "_ip", "expression": "srcDevice_ip"}]%s}}""".formatted(extra);
  }

  @ParameterizedTest(name = "third record at {0} ms: {1}")
  @CsvSource({"299999, 1", "300000, 0", "0, 1"})
  void theWindowHoldsRecordsLessThanItsLengthApart(long third, int expectedSignals) {
    CseRuleEvaluator r = rule(threshold(""));
    Verdict v = r.run(records(0, failed("a", "h"), 100_000, failed("b", "h"), third, failed("c", "h")));
    assertThat(v.signals()).hasSize(expectedSignals);
    assertThat(v.isComplete()).isTrue();
  }

  @Test
  void aSignalUsesItsRecordsUpAndCountingStartsAgain() {
    CseRuleEvaluator r = rule(threshold(""));
    Verdict v = r.run(records(0, failed("a", "h"), 1, failed("a", "h"), 2, failed("a", "h"), 3, failed("a", "h"),
        4, failed("a", "h"), 5, failed("a", "h"), 6, failed("a", "h")));
    assertThat(signals(v)).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5));
    Signal first = v.signals().get(0);
    assertThat(first.firstMillis()).isZero();
    assertThat(first.lastMillis()).isEqualTo(2);
    assertThat(first.entities()).containsExactly(new Signal.Field("_ip", "'10.0.0.1'"));
  }

  @Test
  void recordsAreTakenInTimeOrderWhateverTheirInputOrder() {
    CseRuleEvaluator r = rule(threshold(""));
    Verdict v = r.run(records(6 * MINUTE, failed("a", "h"), 0, failed("b", "h"), 4 * MINUTE, failed("c", "h"),
        2 * MINUTE, failed("d", "h")));
    // in time order: 1 (0), 3 (2m), 2 (4m), 0 (6m); the first three are within 5 minutes
    assertThat(signals(v)).containsExactly(List.of(1, 3, 2));
    assertThat(v.matches()).containsExactly(new Verdict.Matches("expression", List.of(0, 1, 2, 3)));
  }

  @Test
  void eachEntityCountsApartAndRecordsWithoutOneAreNotCounted() {
    CseRuleEvaluator r = rule(threshold("").replace("{\"entityType\": \"_ip\", \"expression\": \"srcDevice_ip\"}",
        "{\"entityType\": \"_hostname\", \"expression\": \"device_hostname\"}"));
    Verdict v = r.run(records(0, failed("a", "h1"), 1, failed("a", "h2"), 2, failed("a", "h1"), 3, failed("a", "h2"),
        4, "{\"metadata_deviceEventId\": \"Security-4625\"}", 5, failed("a", "h1")));
    assertThat(signals(v)).containsExactly(List.of(0, 2, 5));
    assertThat(v.signals().get(0).entities()).containsExactly(new Signal.Field("_hostname", "'h1'"));
  }

  @Test
  void severalSelectorsEachCountOnTheirOwn() {
    String body = threshold("").replace("\"expression\": \"srcDevice_ip\"}]",
        "\"expression\": \"srcDevice_ip\"}, {\"entityType\": \"_hostname\", \"expression\": \"device_hostname\"}]");
    Verdict v = rule(body).run(records(0, failed("a", "h1"), 1, failed("a", "h2"), 2, failed("a", "h3")));
    assertThat(v.signals()).hasSize(1);
    assertThat(v.signals().get(0).entities()).containsExactly(new Signal.Field("_ip", "'10.0.0.1'"));
  }

  @Test
  void groupByFieldsSplitTheCount() {
    Verdict v = rule(threshold("").replace("\"groupByFields\": []", "\"groupByFields\": [\"user_username\"]"))
        .run(records(0, failed("a", "h"), 1, failed("b", "h"), 2, failed("a", "h"), 3, failed("b", "h"),
            4, failed("a", "h")));
    assertThat(signals(v)).containsExactly(List.of(0, 2, 4));
    assertThat(v.signals().get(0).groupBy()).containsExactly(new Signal.Field("user_username", "'a'"));
  }

  @Test
  void distinctValuesOfTheCountField() {
    CseRuleEvaluator r = rule(threshold(", \"countDistinct\": true, \"countField\": \"user_username\""));
    Verdict v = r.run(records(0, failed("a", "h"), 1, failed("a", "h"), 2, failed("b", "h"), 3, failed("b", "h"),
        4, failed("c", "h")));
    assertThat(signals(v)).containsExactly(List.of(0, 1, 2, 3, 4));
    Verdict dropped = r.run(records(0, failed("a", "h"), 5 * MINUTE, failed("b", "h"), 6 * MINUTE, failed("c", "h"),
        7 * MINUTE, failed("b", "h")));
    assertThat(dropped.signals()).isEmpty();
  }

  @Test
  void timesAtTheEndsOfTheLongRangeAreFarApart() {
    Verdict v = rule(threshold("")).run(records(Long.MIN_VALUE, failed("a", "h"), Long.MAX_VALUE - 1, failed("b", "h"),
        Long.MAX_VALUE, failed("c", "h")));
    assertThat(v.signals()).isEmpty();
    assertThat(v.isComplete()).isTrue();
  }

  @Test
  void aRecordThatCannotBeEvaluatedIsNotCountedAndIsReported() {
    CseRuleEvaluator r = rule(threshold("").replace("metadata_deviceEventId = 'Security-4625'",
        "metadata_deviceEventId = 'Security-4625' AND hasThreatMatch([srcDevice_ip])"));
    Verdict v = r.run(records(0, failed("a", "h"), 1, "{\"metadata_deviceEventId\": \"other\"}"));
    assertThat(v.signals()).isEmpty();
    assertThat(v.isComplete()).isFalse();
    assertThat(v.failures()).singleElement().satisfies(f -> {
      assertThat(f.record()).isZero();
      assertThat(f.part()).isEqualTo("expression");
      assertThat(f.problem().message()).contains("hasThreatMatch");
    });
  }
}
