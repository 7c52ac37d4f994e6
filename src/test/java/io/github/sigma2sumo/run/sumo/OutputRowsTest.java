package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a row holds, in which order, and what fields, assignments and messages' own fields do to it. */
class OutputRowsTest {

  private static final LogMessage MESSAGE = new LogMessage("user=ann host=h1;",
      Map.of("_sourceCategory", "prod/web", "cs-host", "web01"), 7, 9);

  @Test
  void aMessageRowHoldsItsOwnFieldsAndTheCreatedOnesAlphabetically() {
    Output out = Runs.run("* | parse \"user=* \" as user | 1 as Zed | \"x\" as alpha", MESSAGE);
    assertThat(out.aggregated()).isFalse();
    assertThat(out.rows().get(0).fields().keySet()).containsExactly(
        "_messagetime", "_raw", "_receipttime", "_sourceCategory", "alpha", "cs-host", "user", "Zed");
    assertThat(out.rows().get(0).texts()).containsEntry("_receipttime", "9").containsEntry("Zed", "1");
  }

  @Test
  void fieldsKeepsTheListedOnesFirstAndInternalOnes() {
    Output out = Runs.run("* | parse \"user=* \" as user | parse \"host=*;\" as host | fields host, user", MESSAGE);
    assertThat(out.rows().get(0).fields().keySet()).containsExactly(
        "host", "user", "_messagetime", "_raw", "_receipttime", "_sourceCategory");
  }

  @Test
  void fieldsMinusRemovesEvenInternalOnes() {
    Output out = Runs.run("* | parse \"user=* \" as user | fields - user, _raw, %\"cs-host\"", MESSAGE);
    assertThat(out.rows().get(0).fields().keySet()).containsExactly("_messagetime", "_receipttime", "_sourceCategory");
    Output later = Runs.run("* | parse \"user=* \" as user | fields - user | where isNull(user)", MESSAGE);
    assertThat(later.rows()).hasSize(1);
  }

  @Test
  void anAggregateRowKeepsTheQuerysOrderAndFieldsFilters() {
    Output out = Runs.run("* | count as n by _sourceCategory | n * 2 as m | fields m, _sourceCategory", MESSAGE);
    assertThat(out.aggregated()).isTrue();
    assertThat(out.rows().get(0).fields().keySet()).containsExactly("m", "_sourceCategory");
  }

  @Test
  void assignmentsCopyAndConvertInPlace() {
    Output out = Runs.run("* | parse \"user=* \" as user | user as copy | toUpperCase(user) | num(\"5\") as five"
        + " | %\"cs-host\" as h", MESSAGE);
    Row row = out.rows().get(0);
    assertThat(row.get("user").map(Value::text)).contains("ANN");
    assertThat(row.get("copy").map(Value::text)).contains("ann");
    assertThat(row.get("five")).contains(Value.of(5.0));
    assertThat(row.get("H").map(Value::text)).contains("web01");
  }

  @Test
  void messagesRunNewestFirst() {
    Messages m = Messages.of(List.of(Runs.message(1, "old"), Runs.message(3, "new"), Runs.message(2, "mid"),
        Runs.message(3, "new too")));
    assertThat(m.list().stream().map(LogMessage::raw)).containsExactly("new", "new too", "mid", "old");
    assertThat(m.range()).isEqualTo(new TimeRange(1, 4));
  }

  @Test
  void valuesPrintAsSumoShowsThem() {
    assertThat(Value.of(3.0).text()).isEqualTo("3");
    assertThat(Value.of(2.5).text()).isEqualTo("2.5");
    assertThat(Value.of(1e20).text()).isEqualTo("100000000000000000000");
    assertThat(Value.of(0.1 + 0.2).text()).isEqualTo("0.30000000000000004");
    assertThat(Value.NULL.text()).isEmpty();
    assertThat(Value.of(Double.NaN).text()).isEqualTo("NaN");
  }

  @Test
  void messageMetadataIsReadCaseInsensitivelyAndMayNotHoldComponents() {
    assertThat(MESSAGE.metadataValue("_SOURCECATEGORY")).contains("prod/web");
    assertThat(new LogMessage("x", Map.of("_view", "v"), 0, 0).metadataValue("_index")).contains("v");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LogMessage("x", Map.of("_Raw", "y"), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
