package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Huge, deeply nested, binary and backtracking inputs give answers or failures, quickly, never exceptions. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static YMap record(String key, Object value) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    entries.put(key, new Entry(key, Span.SYNTHETIC, new YScalar(value, value instanceof String, Span.SYNTHETIC)));
    return new YMap(entries, Span.SYNTHETIC);
  }

  @Test
  void catastrophicJavaRegexFailsTheRecordInsteadOfHanging() {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      line.append(i).append(',');
    }
    CseExpression e = Json.expression("x RLIKE '^(.*?,){11}P'");
    assertThat(e.test(record("x", line.toString()))).isInstanceOfSatisfying(Outcome.Failure.class,
        f -> assertThat(f.problem().message()).contains("gave up").contains("backtracks"));
    assertThat(e.test(record("x", "1,2,3,4,5,6,7,8,9,10,11,P"))).isEqualTo(Outcome.MATCH);
    CseExpression backReference = Json.expression("x RLIKE '((a+)+)\\1c'");
    assertThat(backReference.test(record("x", "a".repeat(40)))).isInstanceOf(Outcome.Failure.class);
  }

  @Test
  void javaRegexThatOverflowsTheStackFailsTheRecord() {
    CseExpression e = Json.expression("x RLIKE '(a|b)*c'");
    Outcome outcome = e.test(record("x", "ab".repeat(200_000)));
    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failure.class,
        f -> assertThat(f.problem().message()).contains("gave up"));
  }

  @Test
  void re2StaysLinearOnTheSameShapes() {
    CseExpression e = Json.expression("x matches /^(a+)+$/");
    assertThat(e.test(record("x", "a".repeat(100_000) + "!"))).isEqualTo(Outcome.NO_MATCH);
  }

  @Test
  void tenMegabyteValuesAreSearched() {
    String big = "x".repeat(10_000_000) + "needle";
    YMap r = record("x", big);
    assertThat(Json.expression("x LIKE '%needle'").test(r)).isEqualTo(Outcome.MATCH);
    assertThat(Json.expression("x LIKE '%n_edle%'").test(r)).isEqualTo(Outcome.MATCH);
    assertThat(Json.expression("x matches /needle$/").test(r)).isEqualTo(Outcome.MATCH);
    assertThat(Json.expression("x RLIKE 'needle$'").test(r)).isEqualTo(Outcome.MATCH);
    assertThat(Json.expression("lower(x) matches '*needle'").test(r)).isEqualTo(Outcome.MATCH);
  }

  @Test
  void binaryTextAndLoneSurrogatesAreCharactersLikeOthers() {
    YMap r = record("x", "\u0000\uD800ab\uFFFF");
    assertThat(Json.expression("x LIKE '__ab_'").test(r)).isEqualTo(Outcome.MATCH);
    assertThat(Json.expression("length(x) = 5").test(r)).isEqualTo(Outcome.MATCH);
    assertThat(Json.expression("x matches /ab/").test(r)).isEqualTo(Outcome.MATCH);
  }

  @Test
  void enormousNumbersFailTheRecordInsteadOfFillingMemory() {
    YMap r = record("x", new BigDecimal("1e999999999"));
    assertThat(Json.expression("x = 1").test(r)).isInstanceOf(Outcome.Failure.class);
    assertThat(Json.expression("concat(x, 'a') = 'a'").test(r)).isInstanceOf(Outcome.Failure.class);
    assertThat(Json.expression("num(x) IS NULL").test(record("x", "1e999999999"))).isEqualTo(Outcome.MATCH);
    assertThat(Json.expression("y * y * y * y > 0").test(record("y", new BigDecimal("1e300"))))
        .isInstanceOf(Outcome.Failure.class);
  }

  @Test
  void deepAndLongExpressionsPrepareAndRun() {
    String deep = "(".repeat(190) + "x = 1" + ")".repeat(190);
    assertThat(Json.expression(deep).test(record("x", BigDecimal.ONE))).isEqualTo(Outcome.MATCH);
    StringBuilder ors = new StringBuilder("x = 0");
    for (int i = 1; i < 10_000; i++) {
      ors.append(" OR x = ").append(i);
    }
    assertThat(Json.expression(ors.toString()).test(record("x", new BigDecimal(9_999)))).isEqualTo(Outcome.MATCH);
    StringBuilder in = new StringBuilder("x IN ('v0'");
    for (int i = 1; i < 20_000; i++) {
      in.append(", 'v").append(i).append('\'');
    }
    assertThat(Json.expression(in.append(')').toString()).test(record("x", "v19999"))).isEqualTo(Outcome.MATCH);
  }

  @Test
  void hostileJsonTextInAFieldIsNoValue() {
    String nested = "[".repeat(5_000) + "]".repeat(5_000);
    CseExpression e = Json.expression("| json field=fields \"a.b\" as v | where v IS NULL");
    YMap r = Json.record("{\"fields\": {\"a\": " + quoted(nested) + "}}");
    assertThat(e.test(r)).isEqualTo(Outcome.MATCH);
    assertThat(Json.expression("size(x) = -1").test(record("x", nested))).isInstanceOf(Outcome.Failure.class);
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }
}
