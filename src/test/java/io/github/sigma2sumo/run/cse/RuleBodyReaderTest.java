package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rule body that cannot run is refused with problems that name their key. */
class RuleBodyReaderTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      []                                                                                  => a rule is a JSON object
      {"fields": {}}                                                                      => the rule has no type
      {"type": "outlier", "fields": {}}                                                   => outlier rules are not evaluated locally
      {"type": "first-seen", "fields": {}}                                                => first-seen rules are not evaluated locally
      {"type": "sequence", "fields": {}}                                                  => unknown rule type 'sequence'
      {"endpoint": "sec/v1/rules/nope", "fields": {}}                                     => the endpoint 'sec/v1/rules/nope' is not one of
      {"type": "match", "endpoint": "sec/v1/rules/chain", "fields": {}}                   => the endpoint is for chain rules, but the type is match
      {"type": "match"}                                                                   => the rule has no fields
      {"type": "match", "fields": []}                                                     => fields must be an object
      {"type": "match", "fields": {}}                                                     => the rule has no fields.expression
      {"type": "match", "fields": {"expression": 3}}                                      => fields.expression must be a string
      {"type": "match", "fields": {"expression": "a = ("}}                                => fields.expression 1:6: unexpected end of the expression
      {"type": "match", "fields": {"expression": "nope(a)"}}                              => fields.expression 1:1: 'nope' is not a function
      {"type": "threshold", "fields": {"expression": "a = 1", "windowSize": "T05M"}}      => the rule has no fields.limit
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 0, "windowSize": "T05M"}} => fields.limit must be a whole number from 1
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 2.5, "windowSize": "T05M"}} => fields.limit must be a whole number from 1
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 2}}                => the rule has no fields.windowSize
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 2, "windowSize": "T07M"}} => fields.windowSize 'T07M' is none of
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 2, "windowSize": "CUSTOM"}} => the rule has no fields.windowSizeMilliseconds
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 2, "windowSize": "CUSTOM", "windowSizeMilliseconds": "1000"}} => fields.windowSizeMilliseconds must be a whole number from 60000 to 432000000
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 2, "windowSize": "T05M", "countDistinct": true}} => the rule has no fields.countField
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 2, "windowSize": "T05M", "countDistinct": "yes"}} => fields.countDistinct must be true or false
      {"type": "chain", "fields": {"windowSize": "T05M"}}                                 => the rule has no fields.expressionsAndLimits
      {"type": "chain", "fields": {"expressionsAndLimits": [], "windowSize": "T05M"}}     => fields.expressionsAndLimits must hold 1 to 64 expressions, not 0
      {"type": "chain", "fields": {"expressionsAndLimits": [{"expression": "a = 1"}], "windowSize": "T05M"}} => the rule has no fields.expressionsAndLimits[0].limit
      {"type": "chain", "fields": {"expressionsAndLimits": [{"limit": 1}, {"expression": "b(", "limit": 1}], "windowSize": "T05M"}} => the rule has no fields.expressionsAndLimits[0].expression
      {"type": "aggregation", "fields": {"matchExpression": "true", "windowSize": "T05M", "triggerExpression": "n > 1"}} => the rule has no fields.aggregationFunctions
      {"type": "aggregation", "fields": {"matchExpression": "true", "windowSize": "T05M", "aggregationFunctions": [{"name": "n", "function": "median", "arguments": ["x"]}], "triggerExpression": "n > 1"}} => fields.aggregationFunctions[0].function 'median' is none of
      {"type": "aggregation", "fields": {"matchExpression": "true", "windowSize": "T05M", "aggregationFunctions": [{"name": "n", "function": "sum", "arguments": []}], "triggerExpression": "n > 1"}} => fields.aggregationFunctions[0].arguments must hold one expression, not 0
      {"type": "aggregation", "fields": {"matchExpression": "true", "windowSize": "T05M", "aggregationFunctions": [{"name": "n", "function": "sum", "arguments": ["x"]}, {"name": "n", "function": "count", "arguments": ["x"]}], "triggerExpression": "n > 1"}} => fields.aggregationFunctions[1].name 'n' names another aggregation already
      {"type": "aggregation", "fields": {"matchExpression": "true", "windowSize": "T05M", "aggregationFunctions": [{"name": "n", "function": "sum", "arguments": ["x"]}], "triggerExpression": "m > 1"}} => fields.triggerExpression reads 'm', which is not the name of an aggregation (n)
      {"type": "match", "fields": {"expression": "a = 1", "entitySelectors": [{"entityType": "_ip"}]}} => the rule has no fields.entitySelectors[0].expression
      {"type": "threshold", "fields": {"expression": "a = 1", "limit": 2, "windowSize": "T05M", "groupByFields": ["lower("]}} => fields.groupByFields[0] 1:7: unexpected end
      """)
  void refuses(String body, String expected) {
    Prepared<CseRuleEvaluator> p = CseRuleEvaluator.fromApiBody(Json.node(body));
    assertThat(p.isReady()).isFalse();
    assertThat(p.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).startsWith(expected));
    // every problem points into the body
    List<Problem> problems = p.problems();
    SourceFile text = SourceFile.of("rule.json", body);
    problems.forEach(pr -> assertThat(pr.toDiagnostic(text).location().line()).isEqualTo(1));
  }
}
