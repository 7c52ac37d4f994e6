package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.SigmaLoader;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Filters given with a rule apply when their log source covers the rule's and they name it, and
 * their condition is ANDed with the rule's (so an exclusion says {@code not}).
 */
class FilterTest {

  private static final String RULE = """
      title: Whoami
      id: 6f3e2987-db24-4c78-a860-b4f4095a7095
      name: whoami_run
      logsource: {category: process_creation, product: windows}
      detection:
        selection: {Image|endswith: '\\\\whoami.exe'}
        condition: selection
      """;

  private static String filter(String logsource, String rules, String condition) {
    return """
        ---
        title: Admins
        logsource: %s
        filter:
          rules: %s
          selection: {User|startswith: 'adm_'}
          sel_other: {User: 'root'}
          condition: %s
        """.formatted(logsource, rules, condition);
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} / {2} on {3} -> {4}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "{category: process_creation, product: windows} ~ [6f3e2987-db24-4c78-a860-b4f4095a7095] ~ not selection ~ adm_bob ~ false",
      "{category: process_creation, product: windows} ~ [6f3e2987-db24-4c78-a860-b4f4095a7095] ~ not selection ~ bob ~ true",
      "{category: process_creation, product: windows} ~ [whoami_run] ~ not selection ~ adm_bob ~ false",
      "{product: windows} ~ [whoami_run] ~ not selection ~ adm_bob ~ false",
      "{product: windows} ~ [] ~ not selection ~ adm_bob ~ false",
      "{product: windows} ~ any ~ not selection ~ adm_bob ~ false",
      "{product: linux} ~ [whoami_run] ~ not selection ~ adm_bob ~ true",
      "{category: process_creation, product: windows, service: sysmon} ~ [whoami_run] ~ not selection ~ adm_bob ~ true",
      "{product: windows} ~ [another_rule] ~ not selection ~ adm_bob ~ true",
      "{product: windows} ~ [whoami_run] ~ selection ~ adm_bob ~ true",
      "{product: windows} ~ [whoami_run] ~ selection ~ bob ~ false",
      "{product: windows} ~ [whoami_run] ~ not 1 of them ~ root ~ false",
      "{product: windows} ~ [whoami_run] ~ not 1 of sel* ~ root ~ false",
      "{product: windows} ~ [whoami_run] ~ not 1 of sel* ~ bob ~ true"})
  void filters_areAndedToTheRulesTheyName(String logsource, String rules, String condition, String user,
      boolean expected) {
    SigmaLoader.Loaded loaded = TestRules.load(RULE + filter(logsource, rules, condition));
    assertThat(loaded.rules()).hasSize(1);
    assertThat(loaded.filters()).hasSize(1);
    SigmaEvaluator.Result r = SigmaEvaluator.of(loaded.rules().get(0), loaded.filters(), Map.of());
    assertThat(r.errors()).isEmpty();
    Explanation e = r.evaluator().orElseThrow().explain(event(
        "{\"Image\": \"C:\\\\Windows\\\\System32\\\\whoami.exe\", \"User\": \"" + user + "\"}"));
    assertThat(e.matched()).isEqualTo(expected);
    assertThat(e.isError()).isFalse();
  }
}
