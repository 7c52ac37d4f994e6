package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.run.cse.Explanation.Kind;
import io.github.sigma2sumo.run.cse.Explanation.Reading;
import io.github.sigma2sumo.run.cse.Explanation.Term;
import io.github.sigma2sumo.run.cse.Explanation.Truth;
import org.junit.jupiter.api.Test;

/** --explain: the truth of each AND/OR/NOT part, and the values a failing comparison read. */
class ExplanationTest {

  private static final String EXPRESSION = "metadata_vendor = 'Microsoft' AND metadata_product = 'Windows'"
      + " AND (lower(commandLine) LIKE '%whoami%' OR fields['EventData.Image'] matches /(?i)whoami/)"
      + " AND NOT array_contains(listMatches, 'vuln_scanners')";

  @Test
  void showsEachTopLevelTermAndTheValuesTheFailingOnesRead() {
    CseExpression e = Json.expression(EXPRESSION);
    Explanation x = e.explain(Json.record("{\"metadata_vendor\": \"Microsoft\", \"metadata_product\": \"Linux\","
        + " \"commandLine\": \"id\", \"fields\": {\"EventData.Image\": \"/usr/bin/id\"}}"));
    assertThat(x.outcome()).isEqualTo(Outcome.NO_MATCH);
    Term root = x.condition();
    assertThat(root.kind()).isEqualTo(Kind.AND);
    assertThat(root.truth()).isEqualTo(Truth.FALSE);
    assertThat(root.terms()).extracting(Term::truth)
        .containsExactly(Truth.TRUE, Truth.FALSE, Truth.FALSE, Truth.TRUE);
    assertThat(root.terms()).extracting(Term::text).containsExactly("metadata_vendor = 'Microsoft'",
        "metadata_product = 'Windows'",
        "lower(commandLine) LIKE '%whoami%' OR fields['EventData.Image'] matches /(?i)whoami/",
        "NOT array_contains(listMatches, 'vuln_scanners')");
    assertThat(root.terms().get(1).readings()).containsExactly(new Reading("metadata_product", "'Linux'"));
    Term or = root.terms().get(2);
    assertThat(or.kind()).isEqualTo(Kind.OR);
    assertThat(or.terms().get(0).readings()).containsExactly(new Reading("commandLine", "'id'"));
    assertThat(or.terms().get(1).readings())
        .containsExactly(new Reading("fields['EventData.Image']", "'/usr/bin/id'"));
    Term not = root.terms().get(3);
    assertThat(not.kind()).isEqualTo(Kind.NOT);
    assertThat(not.terms().get(0).truth()).isEqualTo(Truth.FALSE);
    assertThat(not.terms().get(0).readings()).containsExactly(new Reading("listMatches", "null"));
  }

  @Test
  void agreesWithTestAndNamesWhatFailed() {
    CseExpression e = Json.expression("hasThreatMatch([srcDevice_ip]) OR lower(x) = 'a'");
    Explanation x = e.explain(Json.record("{\"x\": \"B\"}"));
    assertThat(x.outcome()).isInstanceOf(Outcome.Failure.class);
    assertThat(x.condition().truth()).isEqualTo(Truth.FAILED);
    assertThat(x.condition().problem()).hasValueSatisfying(p -> assertThat(p).contains("hasThreatMatch"));
    assertThat(x.condition().terms()).extracting(Term::truth).containsExactly(Truth.FAILED, Truth.FALSE);
    Explanation decided = e.explain(Json.record("{\"x\": \"A\"}"));
    assertThat(decided.outcome()).isEqualTo(Outcome.MATCH);
    assertThat(decided.condition().truth()).isEqualTo(Truth.TRUE);
  }

  @Test
  void listsWhatTheJsonClausesExtracted() {
    CseExpression e = Json.expression("| json field=fields \"a.b['c']\", \"list[1]\" as deep, second"
        + " | where toInt(deep) > 5");
    Explanation x = e.explain(Json.record("{\"fields\": {\"a\": {\"b\": {\"c\": \"7\"}}, \"list\": [1, 2]}}"));
    assertThat(x.outcome()).isEqualTo(Outcome.MATCH);
    assertThat(x.extracted()).containsExactly(new Reading("deep", "'7'"), new Reading("second", "2"));
    assertThat(x.condition().readings()).containsExactly(new Reading("deep", "'7'"));
  }

  @Test
  void withoutItsSourceAnExplanationHasNoText() {
    CseExpression e = CseExpression.of(Json.expression("a = 1 AND b = 2").rule()).value().orElseThrow();
    Explanation x = e.explain(Json.record("{\"a\": 1}"));
    assertThat(x.condition().terms()).extracting(Term::text).containsOnly("");
    assertThat(x.condition().terms()).extracting(Term::truth).containsExactly(Truth.TRUE, Truth.FALSE);
  }
}
