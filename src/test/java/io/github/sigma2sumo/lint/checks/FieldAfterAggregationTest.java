package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldAfterAggregationTest {
  private final CheckTester tester = CheckTester.of(new FieldAfterAggregation());

  @Test
  void reportsFieldsDroppedByTheAggregation() {
    var d = tester.reportsOnceAt("* | count by host | where user = \"a\"", 1, 27);
    assertThat(d.message()).isEqualTo("'user' does not exist here: the aggregation at 'count by host' keeps only _count, host");
  }

  @Test
  void followsAliasesAndNewFields() {
    tester.isClean("* | sum(bytes) as total by host | total / 1024 as kb | where kb > 10 | sort by kb");
    assertThat(tester.findings("* | count by host | fields - host | where host = \"a\"")).hasSize(1);
  }

  @Test
  void stopsWhereFieldsCannotBeKnown() {
    tester.isClean("* | count by host | json auto | where user = \"a\"");
  }
}
