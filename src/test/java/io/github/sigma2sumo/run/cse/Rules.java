package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Rule bodies and timed records for the rule tests. */
final class Rules {

  static final long MINUTE = 60_000L;

  private Rules() {}

  static CseRuleEvaluator rule(String json) {
    Prepared<CseRuleEvaluator> p = CseRuleEvaluator.fromApiBody(Json.node(json));
    assertThat(p.problems()).as("problems of %s", json).isEmpty();
    return p.value().orElseThrow();
  }

  /** Records from pairs of (time in ms, record JSON). */
  static List<TimedRecord> records(Object... timesAndJson) {
    List<TimedRecord> out = new ArrayList<>();
    for (int i = 0; i < timesAndJson.length; i += 2) {
      out.add(new TimedRecord(((Number) timesAndJson[i]).longValue(), Json.record((String) timesAndJson[i + 1])));
    }
    return out;
  }

  /** The records of each signal, as lists of input indexes. */
  static List<List<Integer>> signals(Verdict v) {
    return v.signals().stream().map(Signal::records).toList();
  }
}
