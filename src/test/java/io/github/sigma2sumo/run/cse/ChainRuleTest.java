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

/** Chain rules, ordered and not, with limits, at the edges of the window and with ties in time. */
class ChainRuleTest {

  private static final String FAIL = "{\"metadata_deviceEventId\": \"Security-4625\", \"srcDevice_ip\": \"10.0.0.1\"}";
  private static final String OK = "{\"metadata_deviceEventId\": \"Security-4624\", \"srcDevice_ip\": \"10.0.0.1\"}";
  private static final String OTHER_IP =
      "{\"metadata_deviceEventId\": \"Security-4624\", \"srcDevice_ip\": \"10.0.0.2\"}";

  private static CseRuleEvaluator chain(boolean ordered, int failures) {
    return rule("""
        {"type": "chain", "endpoint": "sec/v1/rules/chain", "fields": {
          "expressionsAndLimits": [
            {"expression": "metadata_deviceEventId = 'Security-4625'", "limit": %d},
            {"expression": "metadata_deviceEventId = 'Security-4624'", "limit": 1}],
          "ordered": %s, "windowSize": "T30M", "groupByFields": ["srcDevice_ip"]}}""".formatted(failures, ordered));
  }

  @ParameterizedTest(name = "ordered {0}, success after {1} ms: {2}")
  @CsvSource({"false, 1799999, 1", "false, 1800000, 0", "true, 1799999, 1", "true, 1800000, 0"})
  void theWindowHoldsRecordsLessThanItsLengthApart(boolean ordered, long after, int expected) {
    Verdict v = chain(ordered, 1).run(records(0, FAIL, after, OK));
    assertThat(v.signals()).hasSize(expected);
  }

  @Test
  void itsExpressionsAreThereToExplainARecord() {
    CseRuleEvaluator r = chain(true, 1);
    assertThat(r.expressions()).containsOnlyKeys("expressionsAndLimits[0].expression",
        "expressionsAndLimits[1].expression");
    Explanation x = r.expressions().get("expressionsAndLimits[1].expression").explain(Json.record(FAIL));
    assertThat(x.outcome()).isEqualTo(Outcome.NO_MATCH);
    assertThat(x.condition().text()).isEqualTo("metadata_deviceEventId = 'Security-4624'");
    assertThat(x.condition().readings())
        .containsExactly(new Explanation.Reading("metadata_deviceEventId", "'Security-4625'"));
  }

  @Test
  void unorderedChainsTakeTheLinksInAnyOrder() {
    Verdict v = chain(false, 1).run(records(0, OK, MINUTE, FAIL));
    assertThat(signals(v)).containsExactly(List.of(0, 1));
    assertThat(v.matches()).containsExactly(
        new Verdict.Matches("expressionsAndLimits[0].expression", List.of(1)),
        new Verdict.Matches("expressionsAndLimits[1].expression", List.of(0)));
  }

  @Test
  void orderedChainsNeedTheLinksInTheirOrder() {
    assertThat(chain(true, 1).run(records(0, OK, MINUTE, FAIL)).signals()).isEmpty();
    Verdict v = chain(true, 1).run(records(0, OK, MINUTE, FAIL, 2 * MINUTE, OK));
    assertThat(signals(v)).containsExactly(List.of(1, 2));
  }

  @Test
  void atEqualTimesTheInputOrderDecidesWhatComesFirst() {
    assertThat(chain(true, 1).run(records(MINUTE, FAIL, MINUTE, OK)).signals()).hasSize(1);
    assertThat(chain(true, 1).run(records(MINUTE, OK, MINUTE, FAIL)).signals()).isEmpty();
  }

  @Test
  void limitsCountEachLink() {
    CseRuleEvaluator r = chain(true, 3);
    assertThat(r.run(records(0, FAIL, 1, FAIL, 2, OK)).signals()).isEmpty();
    Verdict v = r.run(records(0, FAIL, 1, FAIL, 2, OK, 3, FAIL, 4, OK));
    assertThat(signals(v)).containsExactly(List.of(0, 1, 3, 4));
    Verdict unordered = chain(false, 3).run(records(0, FAIL, 1, OK, 2, FAIL, 3, FAIL));
    assertThat(signals(unordered)).containsExactly(List.of(0, 1, 2, 3));
  }

  @Test
  void theLatestCompleteOrderedChainIsTheSignal() {
    Verdict v = chain(true, 1).run(records(0, FAIL, MINUTE, FAIL, 2 * MINUTE, OK));
    assertThat(signals(v)).containsExactly(List.of(1, 2));
  }

  @Test
  void groupsDoNotMix() {
    assertThat(chain(false, 1).run(records(0, FAIL, MINUTE, OTHER_IP)).signals()).isEmpty();
    Verdict v = chain(false, 1).run(records(0, FAIL, MINUTE, OTHER_IP, 2 * MINUTE, OK));
    assertThat(signals(v)).containsExactly(List.of(0, 2));
    assertThat(v.signals().get(0).groupBy()).containsExactly(new Signal.Field("srcDevice_ip", "'10.0.0.1'"));
  }

  @Test
  void aRecordMatchingEveryLinkCompletesAnUnorderedChainAloneButNotAnOrderedOne() {
    String both = """
        {"type": "chain", "fields": {"expressionsAndLimits": [
          {"expression": "x = 1", "limit": 1}, {"expression": "x >= 1", "limit": 1}],
          "ordered": %s, "windowSize": "T05M"}}""";
    assertThat(signals(rule(both.formatted(false)).run(records(0, "{\"x\": 1}")))).containsExactly(List.of(0));
    assertThat(rule(both.formatted(true)).run(records(0, "{\"x\": 1}")).signals()).isEmpty();
    assertThat(signals(rule(both.formatted(true)).run(records(0, "{\"x\": 1}", 1, "{\"x\": 1}"))))
        .containsExactly(List.of(0, 1));
  }
}
