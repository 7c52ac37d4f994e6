package io.github.sigma2sumo.run.cse;

import static io.github.sigma2sumo.run.cse.Rules.records;
import static io.github.sigma2sumo.run.cse.Rules.rule;
import static io.github.sigma2sumo.run.cse.Rules.signals;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Match rules signal once per matching record and name the entities it has. */
class MatchRuleTest {

  @Test
  void eachMatchingRecordIsASignalWithItsEntities() {
    CseRuleEvaluator r = rule("""
        {"type": "match", "endpoint": "sec/v1/rules/templated", "fields": {
          "name": "whoami", "expression": "lower(commandLine) LIKE '%whoami%'",
          "entitySelectors": [{"entityType": "_hostname", "expression": "device_hostname"},
                              {"entityType": "_username", "expression": "user_username"}]}}""");
    assertThat(r.type()).isEqualTo("match");
    assertThat(r.name()).isEqualTo("whoami");
    Verdict v = r.run(records(5, "{\"commandLine\": \"WHOAMI /all\", \"device_hostname\": \"h\"}",
        1, "{\"commandLine\": \"id\"}", 3, "{\"commandLine\": \"whoami\", \"user_username\": \"u\"}"));
    assertThat(signals(v)).containsExactly(List.of(2), List.of(0));
    assertThat(v.signals().get(1).entities()).containsExactly(new Signal.Field("_hostname", "'h'"));
    assertThat(v.signals().get(0).entities()).containsExactly(new Signal.Field("_username", "'u'"));
    assertThat(v.signalRecords()).containsExactly(0, 2);
  }

  @Test
  void aMatchWithoutAnyEntityMakesNoSignal() {
    CseRuleEvaluator r = rule("""
        {"type": "match", "fields": {"expression": "a = 1",
          "entitySelectors": [{"entityType": "_hostname", "expression": "device_hostname"}]}}""");
    Verdict v = r.run(records(0, "{\"a\": 1}", 1, "{\"a\": 1, \"device_hostname\": \"h\"}"));
    assertThat(v.matches()).containsExactly(new Verdict.Matches("expression", List.of(0, 1)));
    assertThat(signals(v)).containsExactly(List.of(1));
  }

  @Test
  void theTypeMayComeFromTheEndpointAlone() {
    CseRuleEvaluator r = rule("{\"endpoint\": \"sec/v1/rules/templated\", \"fields\": {\"expression\": \"a = 1\"}}");
    assertThat(r.type()).isEqualTo("match");
    assertThat(r.run(List.of()).signals()).isEmpty();
  }
}
