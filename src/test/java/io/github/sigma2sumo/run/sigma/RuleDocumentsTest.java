package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator reads each rule's own YAML document, with legacy collection actions replayed. */
class RuleDocumentsTest {

  private static List<SigmaEvaluator> evaluators(String yaml) {
    SigmaLoader.Loaded loaded = TestRules.load(yaml);
    return loaded.rules().stream().map(SigmaRule.class::cast).map(TestRules::evaluator).toList();
  }

  @Test
  void eachRuleOfAFile_readsItsOwnDocument() {
    List<SigmaEvaluator> e = evaluators("""
        title: one
        logsource: {product: test}
        detection: {selection: {A: '1'}, condition: selection}
        ---
        title: two
        logsource: {product: test}
        detection: {selection: {A: '2'}, condition: selection}
        """);
    assertThat(e).hasSize(2);
    assertThat(e.get(0).explain(event("A", "1")).matched()).isTrue();
    assertThat(e.get(1).explain(event("A", "1")).matched()).isFalse();
    assertThat(e.get(1).explain(event("A", "2")).matched()).isTrue();
  }

  @Test
  void globalAndRepeat_areMergedAsTheCollectionSays() {
    List<SigmaEvaluator> e = evaluators("""
        action: global
        title: base
        logsource: {product: test}
        detection:
          base: {Channel: Security}
          condition: base and selection
        ---
        detection:
          selection: {A: '1'}
        ---
        action: repeat
        detection:
          selection: {A: '2'}
        ---
        action: reset
        ---
        title: alone
        logsource: {product: test}
        detection: {selection: {A: '3'}, condition: selection}
        """);
    assertThat(e).hasSize(3);
    assertThat(e.get(0).explain(event("{\"Channel\": \"Security\", \"A\": \"1\"}")).matched()).isTrue();
    assertThat(e.get(0).explain(event("{\"Channel\": \"System\", \"A\": \"1\"}")).matched()).isFalse();
    assertThat(e.get(1).explain(event("{\"Channel\": \"Security\", \"A\": \"2\"}")).matched()).isTrue();
    assertThat(e.get(1).explain(event("{\"Channel\": \"Security\", \"A\": \"1\"}")).matched()).isFalse();
    assertThat(e.get(2).explain(event("{\"A\": \"3\"}")).matched()).isTrue();
  }
}
