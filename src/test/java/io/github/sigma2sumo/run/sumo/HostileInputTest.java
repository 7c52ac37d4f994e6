package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Huge, binary and deeply nested input gives rows or an error result, never an exception or a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final String QUERY = """
      error "failed login" _sourceCategory=*
      | parse regex "user=(?<user>[^ ]*)" nodrop
      | parse "host=* " as host nodrop
      | json "a.b" as ab nodrop
      | where toLowerCase(_raw) matches "*x*" or user matches /(?i)^.*admin.*$/ or isNull(host)
      | count by user""";

  @Test
  void aTenMegabyteMessage() {
    String raw = "error failed login ".repeat(100_000) + "user=admin " + "x".repeat(8_000_000);
    Output out = Runs.prepare(QUERY).run(List.of(Runs.message(raw, "_sourceCategory", "c")));
    assertThat(out.errors()).isEmpty();
    assertThat(Runs.column(out, "user")).containsExactly("admin");
  }

  @Test
  void binaryMessages() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      char[] chars = new char[random.nextInt(2000)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = (char) random.nextInt(Character.MAX_VALUE + 1);
      }
      String raw = "error failed login " + new String(chars);
      Output out = Runs.prepare(QUERY).run(List.of(Runs.message(raw, "_sourceCategory", "c")));
      assertThat(out.errors()).isEmpty();
      assertThat(out.rows()).hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void deeplyNestedJson() {
    String raw = "error failed login {\"a\":" + "{\"b\":".repeat(100_000) + "1" + "}".repeat(100_001);
    Output out = Runs.prepare(QUERY + " | json auto").run(List.of(Runs.message(raw, "_sourceCategory", "c")));
    assertThat(out.errors()).isEmpty();
  }

  @Test
  void aQueryOfFiveThousandOrs() {
    StringBuilder where = new StringBuilder("* | where x = \"0\"");
    for (int i = 1; i < 5000; i++) {
      where.append(" or x = \"").append(i).append('"');
    }
    Output out = Runs.prepare(where + " | count").run(List.of(Runs.message("a", "x", "4999"), Runs.message("b", "x", "5000")));
    assertThat(Runs.column(out, "_count")).containsExactly("1");
  }

  @Test
  void aBacktrackingRegexOnALongInputStopsAtItsBudget() {
    String raw = "a".repeat(5_000) + "!";
    long t0 = System.nanoTime();
    Output out = Runs.prepare("* | parse regex \"(?<x>(a+)+(?=b))\"").run(List.of(Runs.message(raw)));
    assertThat(out.failed()).isTrue();
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(30);
  }

  @Test
  void re2IsLinearWhereJavaWouldBacktrack() {
    String raw = "a".repeat(100_000) + "!";
    Output out = Runs.run("* | where _raw matches /(a|aa)+b/", Runs.message(raw));
    assertThat(out.rows()).isEmpty();
  }
}
