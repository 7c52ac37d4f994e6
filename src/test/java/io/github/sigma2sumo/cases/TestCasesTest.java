package io.github.sigma2sumo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.source.SourceFile;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three forms of test cases, read with their positions, and their problems. */
class TestCasesTest {

  private static TestCases.Loaded load(String name, String text, Map<String, String> siblings) throws Exception {
    SourceFile file = SourceFile.of(name, text);
    return TestCases.load(file, YamlTree.documents(text),
        sibling -> Optional.ofNullable(siblings.get(sibling)).map(t -> SourceFile.of(sibling, t)));
  }

  @Test
  void sigmaTestCasesAreOneCasePerEventOfTheRule() throws Exception {
    TestCases.Loaded loaded = load("rule.yml", """
        title: SSH From Elsewhere
        id: 11111111-1111-4111-8111-111111111111
        logsource: {product: linux, service: sshd}
        detection:
          ssh: {dst_port: 22}
          condition: ssh
        testcases:
          match:
            - {dst_port: 22, user: charlie}
          dont-match:
            - {dst_port: 443}
            - {dst_port: 80}
        """, Map.of());
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.cases()).extracting(TestCase::name).containsExactly("match 1", "dont-match 1", "dont-match 2");
    assertThat(loaded.cases()).allMatch(c -> c.rule().equals("11111111-1111-4111-8111-111111111111"));
    assertThat(loaded.cases().get(0).expect()).isEqualTo(new Expectation.Match());
    assertThat(loaded.cases().get(2).expect()).isEqualTo(new Expectation.NoMatch());
    assertThat(loaded.cases().get(2).file().lineMap().line(loaded.cases().get(2).span().start())).isEqualTo(12);
  }

  @Test
  void aCorrelationsTestCasesAreOneSequencePerList() throws Exception {
    TestCases.Loaded loaded = load("c.yml", """
        title: Many
        name: many
        correlation: {type: event_count, rules: [a], timespan: 1h, condition: {gte: 2}}
        testcases:
          match:
            - {User: a}
            - {User: a}
        """, Map.of());
    assertThat(loaded.cases()).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo("many");
      assertThat(c.events()).hasSize(2);
    });
  }

  @Test
  void regressionDataNamesItsRuleAndItsEventsAreBesideIt() throws Exception {
    TestCases.Loaded loaded = load("info.yml", """
        id: e0123384-7d25-4178-b011-c1d37394d8dc
        rule_metadata:
            - id: d5866ddf-ce8f-4aea-b28e-d96485a20d3d
              title: Files With System Process Name In Unsuspected Locations
        regression_tests_info:
            - name: Positive Detection Test
              type: evtx
              match_count: 1
              path: regression_data/rules/windows/file/x/d5866ddf-ce8f-4aea-b28e-d96485a20d3d.evtx
        """, Map.of("d5866ddf-ce8f-4aea-b28e-d96485a20d3d.json", "{\"Event\": {\"EventData\": {\"a\": 1}}}\n"
        + "{\"Event\": {\"EventData\": {\"a\": 2}}}"));
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.cases()).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo("d5866ddf-ce8f-4aea-b28e-d96485a20d3d");
      assertThat(c.expect()).isEqualTo(new Expectation.AtLeast(1));
      assertThat(c.events()).hasSize(2);
    });
    TestCases.Loaded missing = load("info.yml", """
        rule_metadata: [{id: x}]
        regression_tests_info: [{name: T, path: a/b/gone.evtx}]
        """, Map.of());
    assertThat(missing.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("the events of 'T' are not in gone.json beside info.yml (EVTX files are read as JSON converted "
            + "from them)"));
  }

  @Test
  void testFilesHoldEventsRawMessagesTimesAndCounts() throws Exception {
    TestCases.Loaded loaded = load("rclone.tests.yml", """
        rule: 4d8f0b2c-7e9a-4f1b-a3c5-e7f9b1d3a5c7
        tests:
          - name: two events, one matches
            expect: {count: 1}
            events:
              - {Image: 'C:\\rclone.exe'}
              - time: 2026-11-22T10:00:00Z
                event: {Image: 'C:\\Windows\\explorer.exe'}
          - name: pasted
            expect: no-match
            messages:
              - raw: '<Event>...</Event>'
                metadata: {_sourceCategory: prod/windows}
                fields: {cs-host: example.com}
                time: 1700000000000
        """, Map.of());
    assertThat(loaded.problems()).isEmpty();
    TestCase counted = loaded.cases().get(0);
    assertThat(counted.expect()).isEqualTo(new Expectation.Count(1));
    assertThat(counted.events().get(1).time()).contains(Instant.parse("2026-11-22T10:00:00Z"));
    CaseEvent.Raw raw = (CaseEvent.Raw) loaded.cases().get(1).events().get(0);
    assertThat(raw.message()).isEqualTo("<Event>...</Event>");
    assertThat(raw.metadata()).containsEntry("_sourceCategory", "prod/windows");
    assertThat(raw.fields()).containsEntry("cs-host", "example.com");
    assertThat(raw.time()).contains(Instant.ofEpochMilli(1700000000000L));
  }

  @Test
  void aBadCaseIsAProblemAtItsPlaceAndTheOthersStillLoad() throws Exception {
    TestCases.Loaded loaded = load("t.yml", """
        rule: r
        tests:
          - name: no expectation
            events: [{a: 1}]
          - name: bad time
            expect: match
            events: [{time: yesterday, event: {a: 1}}]
          - name: fine
            expect: match
            events: [{a: 1}]
          - name: typo
            expect: matchs
            events: [{a: 1}]
        """, Map.of());
    assertThat(loaded.cases()).extracting(TestCase::name).containsExactly("fine");
    assertThat(loaded.problems()).extracting(TestCases.Problem::message).containsExactly(
        "the test case 'no expectation' says nothing to expect (expect: match, no-match or {count: N})",
        "time is an ISO-8601 timestamp with a zone, such as 2026-11-22T10:00:00Z, or epoch milliseconds",
        "expect is match, no-match or {count: N}");
    assertThat(loaded.problems().get(2).file().lineMap().line(loaded.problems().get(2).span().start())).isEqualTo(12);
  }
}
