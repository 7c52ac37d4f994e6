package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code json} clauses: the paths the syntax page lists, applied to the record's {@code fields}
 * (nested maps, a flat key with a dot, arrays, JSON text), then the where condition.
 */
class JsonClauseTest {

  private static final String RECORD = "{\"fields\": {\"foo\": {\"bar\": {\"baz\": \"deep\"}}, \"foo.bar\": \"flat\","
      + " \"list\": [\"zero\", \"one\"], \"objects\": [{\"k\": 1}, {\"k\": 2}], \"packetsSent\": \"10\","
      + " \"packetsReceived\": \"12\", \"text\": \"{\\\"inner\\\": {\\\"x\\\": \\\"y\\\"}}\"}, \"alias\": \"record\","
      + " \"other\": {\"k\": \"v\"}}";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      | json field=fields "foo.bar['baz']" as v | where v = 'deep'                         => MATCH
      json field=fields "foo.bar.baz" as v | where v = 'deep'                              => MATCH
      | json field=fields "['foo.bar']" as v | where v = 'flat'                            => MATCH
      | json field=fields "$.foo.bar.baz" as v | where v = 'deep'                          => MATCH
      | json field=fields "list[1]" as v | where v = 'one'                                 => MATCH
      | json field=fields "list[2]" as v | where v IS NULL                                 => MATCH
      | json field=fields "list[*]" as v | where array_contains(v, 'zero')                 => MATCH
      | json field=fields "objects[*].k" as v | where array_contains(v, 2)                 => MATCH
      | json field=fields "foo[*]" as v | where v IS NULL                                  => MATCH
      | json field=fields "missing.deeper" as v | where v IS NULL                          => MATCH
      | json field=fields "text.inner.x" as v | where v = 'y'                              => MATCH
      | json field=_raw "foo.bar.baz" as v | where v = 'deep'                              => MATCH
      | json field=other "k" as v | where v = 'v'                                          => MATCH
      | json field=fields "packetsSent" as packets_sent | json field=fields "packetsReceived" as packets_received | where toInt(packets_sent) != toInt(packets_received) => MATCH
      | json field=fields "packetsSent", "packetsReceived" as a, b | where num(a) + 2 = num(b) => MATCH
      | json field=fields "foo.bar.baz" as alias | where alias = 'deep'                    => MATCH
      | json field=fields "foo" as f | json field=f "bar.baz" as v | where v = 'deep'      => MATCH
      """)
  void extracts(String expression, String expected) {
    Outcome outcome = Json.expression(expression).test(Json.record(RECORD));
    assertThat(outcome.isFailure() ? "FAIL" : outcome.isMatch() ? "MATCH" : "NO_MATCH").as(expression)
        .isEqualTo(expected);
  }
}
