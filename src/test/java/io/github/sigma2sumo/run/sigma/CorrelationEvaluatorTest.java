package io.github.sigma2sumo.run.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Correlations over timed events: two base rules, {@code rule_a} (Kind a) and {@code rule_b}
 * (Kind b), and a correlation written per test. Events are written {@code second:kind:host[:user[:bytes]]}.
 */
class CorrelationEvaluatorTest {

  private static final String RULES = """
      title: A
      id: 11111111-1111-4111-8111-111111111111
      name: rule_a
      logsource: {product: test}
      detection:
        selection: {Kind: a}
        condition: selection
      ---
      title: B
      name: rule_b
      logsource: {product: test}
      detection:
        selection: {Kind: b}
        condition: selection
      ---
      """;

  private static final Instant T0 = Instant.parse("2025-10-24T00:00:00Z");

  private static CorrelationEvaluator.Result build(String correlation) {
    SigmaLoader.Loaded loaded = TestRules.load(RULES + correlation);
    assertThat(loaded.correlations()).as("the correlation loads").hasSize(1);
    Map<String, SigmaEvaluator> rules = new HashMap<>();
    for (SigmaRule r : loaded.rules()) {
      SigmaEvaluator e = TestRules.evaluator(r);
      r.id().ifPresent(id -> rules.put(id, e));
      r.name().ifPresent(n -> rules.put(n, e));
    }
    return CorrelationEvaluator.of(loaded.correlations().get(0), rules);
  }

  private static CorrelationRun run(String correlation, String events) {
    CorrelationEvaluator.Result r = build(correlation);
    assertThat(r.errors()).isEmpty();
    return r.evaluator().orElseThrow().run(events(events));
  }

  static List<TimedEvent> events(String spec) {
    List<TimedEvent> out = new ArrayList<>();
    for (String e : spec.trim().split("\\s+")) {
      String[] p = e.split(":", -1);
      StringBuilder json = new StringBuilder("{\"Kind\": \"" + p[1] + "\"");
      if (!p[2].isEmpty()) {
        json.append(", \"Host\": \"").append(p[2]).append('"');
      }
      if (p.length > 3 && !p[3].isEmpty()) {
        json.append(", \"User\": \"").append(p[3]).append('"');
      }
      if (p.length > 4) {
        json.append(", \"Bytes\": ").append(p[4]);
      }
      out.add(new TimedEvent(T0.plusSeconds(Long.parseLong(p[0])), TestRules.event(json.append('}').toString())));
    }
    return out;
  }

  private static String correlation(String type, String rules, String groupBy, String timespan, String condition) {
    return """
        title: C
        correlation:
          type: %s
          rules: %s
          group-by: %s
          timespan: %s
          condition: %s
        """.formatted(type, rules, groupBy, timespan, condition);
  }

  /** Seconds of the closing event and value of each firing: "120=3 300=2". */
  private static String firings(CorrelationRun run) {
    assertThat(run.errors()).isEmpty();
    List<String> out = new ArrayList<>();
    for (Firing f : run.firings()) {
      out.add((f.end().getEpochSecond() - T0.getEpochSecond()) + "=" + f.value().stripTrailingZeros().toPlainString());
    }
    return String.join(" ", out);
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {4} over {5}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      // type ~ rules ~ group-by ~ timespan ~ condition ~ events ~ firings
      "event_count ~ [rule_a] ~ [Host] ~ 10m ~ {gte: 3} ~ 0:a:h1 60:a:h1 120:a:h1 ~ 120=3",
      "event_count ~ [rule_a] ~ [Host] ~ 10m ~ {gte: 3} ~ 0:a:h1 60:a:h2 120:a:h1 ~ ``",
      "event_count ~ [rule_a] ~ [Host] ~ 10m ~ {gte: 2} ~ 0:a:h1 600:a:h1 ~ 600=2",
      "event_count ~ [rule_a] ~ [Host] ~ 10m ~ {gte: 2} ~ 0:a:h1 601:a:h1 ~ ``",
      "event_count ~ [rule_a] ~ [Host] ~ 10m ~ {gte: 2} ~ 0:a:h1 30:b:h1 ~ ``",
      "event_count ~ [rule_a, rule_b] ~ [Host] ~ 10m ~ {gte: 2} ~ 0:a:h1 30:b:h1 ~ 30=2",
      "event_count ~ [rule_a] ~ [Host] ~ 1h ~ {gt: 1, lte: 2} ~ 0:a:h1 1:a:h1 2:a:h1 ~ 1=2",
      "event_count ~ [rule_a] ~ [Host] ~ 1h ~ {eq: 1} ~ 0:a:h1 5000:a:h1 ~ 0=1 5000=1",
      "event_count ~ [rule_a] ~ [Host] ~ 1h ~ {neq: 1} ~ 0:a:h1 1:a:h1 ~ 1=2",
      "event_count ~ [rule_a] ~ [Host] ~ 1h ~ {lt: 2} ~ 0:a:h1 1:a:h1 ~ 0=1",
      "event_count ~ [rule_a] ~ [] ~ 1h ~ {gte: 2} ~ 0:a:h1 1:a:h2 ~ 1=2",
      "event_count ~ [rule_a] ~ [Host] ~ 1h ~ {gte: 2} ~ 0:a: 1:a: ~ ``",
      "event_count ~ [rule_a] ~ [Host, User] ~ 1h ~ {gte: 2} ~ 0:a:h1:u1 1:a:h1:u2 2:a:h1:u1 ~ 2=2",
      "value_count ~ [rule_a] ~ [Host] ~ 1h ~ {field: User, gte: 3} ~ 0:a:h1:u1 1:a:h1:u2 2:a:h1:u1 3:a:h1:u3 ~ 3=3",
      "value_count ~ [rule_a] ~ [Host] ~ 1h ~ {field: User, gte: 2} ~ 0:a:h1:u1 1:a:h1:U1 ~ 1=2",
      "value_count ~ [rule_a] ~ [Host] ~ 1h ~ {field: User, gte: 2} ~ 0:a:h1:u1 1:a:h1: ~ ``",
      "temporal ~ [rule_a, rule_b] ~ [Host] ~ 5m ~ {gte: 2} ~ 0:b:h1 60:a:h1 ~ 60=2",
      "temporal ~ [rule_a, rule_b] ~ [Host] ~ 5m ~ {gte: 2} ~ 0:a:h1 301:b:h1 ~ ``",
      "temporal ~ [rule_a, rule_b] ~ [Host] ~ 5m ~ {gte: 2} ~ 0:a:h1 60:b:h2 ~ ``",
      "temporal_ordered ~ [rule_a, rule_b] ~ [Host] ~ 5m ~ {gte: 2} ~ 0:a:h1 60:b:h1 ~ 60=2",
      "temporal_ordered ~ [rule_a, rule_b] ~ [Host] ~ 5m ~ {gte: 2} ~ 0:b:h1 60:a:h1 ~ ``",
      "temporal_ordered ~ [rule_a, rule_b] ~ [Host] ~ 5m ~ {gte: 2} ~ 0:b:h1 60:a:h1 90:b:h1 ~ 90=2",
      "temporal_ordered ~ [rule_a, rule_b] ~ [Host] ~ 5m ~ {gte: 2} ~ 0:a:h1 0:b:h1 ~ 0=2",
      "temporal_ordered ~ [rule_a, rule_b] ~ [Host] ~ 5m ~ {gte: 2} ~ 0:b:h1 0:a:h1 ~ ``",
      "value_sum ~ [rule_a] ~ [Host] ~ 1h ~ {field: Bytes, gt: 100} ~ 0:a:h1::60 1:a:h1::50 ~ 1=110",
      "value_sum ~ [rule_a] ~ [Host] ~ 1h ~ {field: Bytes, gt: 100} ~ 0:a:h1::60 1:a:h1::\"x\" 2:a:h1::40 ~ ``",
      "value_sum ~ [rule_a] ~ [Host] ~ 1h ~ {field: Bytes, gt: 100} ~ 0:a:h1::60 1:a:h1::\"41\" ~ 1=101",
      "value_avg ~ [rule_a] ~ [Host] ~ 1h ~ {field: Bytes, gte: 50} ~ 0:a:h1::40 1:a:h1::70 ~ 1=55",
      "value_avg ~ [rule_a] ~ [Host] ~ 1h ~ {field: Bytes, gte: 50} ~ 0:a:h1::40 1:a:h1:: ~ ``",
      "value_percentile ~ [rule_a] ~ [Host] ~ 1h ~ {field: Bytes, percentile: 50, lte: 20} ~ 0:a:h1::40 1:a:h1::10 2:a:h1::30 3:a:h1::20 ~ 1=10 3=20",
      "value_percentile ~ [rule_a] ~ [Host] ~ 1h ~ {field: Bytes, percentile: 95, gte: 40} ~ 0:a:h1::10 1:a:h1::40 ~ 1=40",
      "value_median ~ [rule_a] ~ [Host] ~ 1h ~ {field: Bytes, eq: 25} ~ 0:a:h1::40 1:a:h1::10 2:a:h1::30 3:a:h1::20 ~ 1=25 3=25"})
  void correlations_fireOnSlidingWindowsEndingAtEachEvent(String type, String rules, String groupBy, String timespan,
      String condition, String events, String expected) {
    assertThat(firings(run(correlation(type, rules, groupBy, timespan, condition), events))).isEqualTo(expected);
  }

  @Test
  void aFiring_givesItsWindowGroupAndEvents() {
    CorrelationRun run = run(correlation("event_count", "[rule_a]", "[Host]", "10m", "{gte: 2}"),
        "0:a:h1 30:b:h1 60:a:h1");
    assertThat(run.firings()).singleElement().satisfies(f -> {
      assertThat(f.start()).isEqualTo(T0.plusSeconds(60 - 600));
      assertThat(f.end()).isEqualTo(T0.plusSeconds(60));
      assertThat(f.group()).containsExactly(Map.entry("Host", "h1"));
      assertThat(f.events()).extracting(TimedEvent::time).containsExactly(T0, T0.plusSeconds(60));
      assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(2));
    });
  }

  @Test
  void eventsNeedNotBeInOrder() {
    List<TimedEvent> events = new ArrayList<>(events("0:a:h1 60:b:h1"));
    java.util.Collections.reverse(events);
    CorrelationRun run = build(correlation("temporal_ordered", "[rule_a, rule_b]", "[Host]", "5m", "{gte: 2}"))
        .evaluator().orElseThrow().run(events);
    assertThat(firings(run)).isEqualTo("60=2");
  }

  @Test
  void aliases_groupDifferentFieldsOfEachRule() {
    String c = """
        title: C
        correlation:
          type: temporal
          rules: [rule_a, rule_b]
          group-by: [ip]
          timespan: 5m
          aliases:
            ip:
              rule_a: Host
              rule_b: User
        """;
    assertThat(firings(run(c, "0:a:10.0.0.1 60:b:h9:10.0.0.1"))).isEqualTo("60=2");
    assertThat(firings(run(c, "0:a:10.0.0.1 60:b:10.0.0.1:10.0.0.2"))).isEmpty();
  }

  @Test
  void anEventTwoRulesMatch_countsOnce_andListValuesCountEachElement() {
    SigmaLoader.Loaded loaded = TestRules.load("""
        title: X
        name: rule_x
        logsource: {product: test}
        detection: {selection: {Kind: a}, condition: selection}
        ---
        title: Y
        name: rule_y
        logsource: {product: test}
        detection: {selection: {Host|startswith: h}, condition: selection}
        ---
        title: C
        correlation: {type: event_count, rules: [rule_x, rule_y], group-by: [Host], timespan: 1h, condition: {gte: 2}}
        ---
        title: V
        correlation: {type: value_count, rules: [rule_x], group-by: [Host], timespan: 1h, condition: {field: Users, gte: 3}}
        """);
    Map<String, SigmaEvaluator> rules = Map.of("rule_x", TestRules.evaluator(loaded.rules().get(0)),
        "rule_y", TestRules.evaluator(loaded.rules().get(1)));
    CorrelationEvaluator count = CorrelationEvaluator.of(loaded.correlations().get(0), rules).evaluator().orElseThrow();
    assertThat(firings(count.run(events("0:a:h1")))).isEmpty();
    assertThat(firings(count.run(events("0:a:h1 1:b:h1")))).isEqualTo("1=2");
    CorrelationEvaluator values = CorrelationEvaluator.of(loaded.correlations().get(1), rules).evaluator().orElseThrow();
    List<TimedEvent> withList = List.of(new TimedEvent(T0,
        TestRules.event("{\"Kind\": \"a\", \"Host\": \"h1\", \"Users\": [\"u1\", \"u2\", \"u3\"]}")));
    assertThat(firings(values.run(withList))).isEqualTo("0=3");
  }

  @Test
  void unknownReferencesAndMissingPercentiles_areErrors() {
    CorrelationEvaluator.Result r = build(correlation("event_count", "[rule_a, rule_x]", "[Host]", "1h", "{gte: 1}"));
    assertThat(r.isOk()).isFalse();
    assertThat(r.errors()).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("'rule_x' is not among the rules given");
      assertThat(d.location().line()).isEqualTo(19);
      assertThat(d.location().column()).isEqualTo(19);
    });
    CorrelationEvaluator.Result p = build(correlation("value_percentile", "[rule_a]", "[Host]", "1h",
        "{field: Bytes, lte: 1}"));
    assertThat(p.errors()).singleElement().satisfies(d -> assertThat(d.message()).contains("'percentile'"));
  }

  @Test
  void ruleErrors_makeTheRunIncomplete() {
    SigmaLoader.Loaded loaded = TestRules.load("""
        title: R
        name: slow
        logsource: {product: test}
        detection:
          selection: {Kind|re: '(.*a){25}!'}
          condition: selection
        ---
        title: C
        correlation: {type: event_count, rules: [slow], group-by: [Host], timespan: 1h, condition: {gte: 1}}
        """);
    SigmaCorrelation c = loaded.correlations().get(0);
    CorrelationEvaluator e = CorrelationEvaluator.of(c, Map.of("slow", TestRules.evaluator(loaded.rules().get(0))))
        .evaluator().orElseThrow();
    CorrelationRun run = e.run(List.of(new TimedEvent(T0, TestRules.event("Kind", "a".repeat(50)))));
    assertThat(run.isComplete()).isFalse();
    assertThat(run.errors()).singleElement().satisfies(m -> assertThat(m).startsWith("event 1 at ").contains("slow"));
  }
}
