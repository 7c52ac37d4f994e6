package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pySigma rule conditions in pipeline files: what they select, and what the loader refuses. */
class RuleConditionTest {

  private static final SigmaRule RULE = rule("""
      title: T
      id: 00000000-0000-4000-8000-000000000001
      status: test
      level: medium
      author: Someone
      tags: [attack.t1102.002]
      logsource: {category: process_creation, product: windows}
      detection:
          sel:
              - Image|endswith: '\\a.exe'
              - {ParentImage: x, User: y}
          condition: sel
      """);

  private static SigmaRule rule(String yaml) {
    DiagnosticSink sink = new DiagnosticSink(SourceFile.of("r.yml", yaml));
    return SigmaLoader.load(sink.source(), sink).rules().get(0);
  }

  /** The one item of a pipeline whose rule conditions are {@code conditions} (YAML flow list). */
  private static Optional<Pipeline.Item> item(String conditions, List<Diagnostic> problems) {
    String text = "transformations:\n  - type: field_name_prefix\n    prefix: p.\n    rule_conditions: " + conditions
        + "\n";
    return PipelineText.firstItem(text, problems);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "[{type: tag, tag: attack.t1102.002}] => true",
      "[{type: tag, tag: attack.T1102.002}] => false",
      "[{type: contains_field, field: User}] => true",
      "[{type: contains_field, field: CommandLine}] => false",
      "[{type: is_sigma_rule}] => true",
      "[{type: rule_attribute, attribute: level, op: gte, value: medium}] => true",
      "[{type: rule_attribute, attribute: level, op: gt, value: medium}] => false",
      "[{type: rule_attribute, attribute: level, op: lt, value: High}] => true",
      "[{type: rule_attribute, attribute: status, op: in, value: [stable, test]}] => true",
      "[{type: rule_attribute, attribute: status, op: not_in, value: [stable, test]}] => false",
      "[{type: rule_attribute, attribute: author, value: Someone}] => true",
      "[{type: rule_attribute, attribute: author, op: ne, value: Someone}] => false",
      "[{type: rule_attribute, attribute: license, op: ne, value: MIT}] => true",
      "[{type: logsource, product: windows}, {type: tag, tag: attack.x}] => false"})
  void selectsRules(String conditions, boolean applies) {
    assertThat(appliesToRule(problems -> item(conditions, problems))).isEqualTo(applies);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "[{type: processing_item_applied, processing_item_id: x}] => 'processing_item_applied' is not supported",
      "[{type: rule_attribute, attribute: colour, value: red}] => rule_attribute 'colour' is not one of",
      "[{type: rule_attribute, attribute: level, op: about, value: high}] => unknown op 'about'",
      "[{type: rule_attribute, attribute: level, value: severe}] => a level is one of informational, low",
      "[{type: rule_attribute, attribute: author, op: gt, value: A}] => 'author' is text",
      "[{type: rule_attribute, attribute: level, op: gte, value: [low, high]}] => needs one 'value'",
      "[{type: rule_attribute, value: x}] => 'attribute'",
      "[{type: rule_attribute, attribute: [level], value: x}] => 'attribute'",
      "[x] => a rule condition is a mapping",
      "[{type: tag}] => 'tag'"})
  void refusesWhatItCannotTest(String conditions, String message) {
    assertThat(refusals(problems -> item(conditions, problems))).anySatisfy(m -> assertThat(m).contains(message));
  }

  /** The one item of a pipeline with the conditions {@code named} (a YAML flow map) combined by {@code expr}. */
  private static Optional<Pipeline.Item> expressionItem(String named, String expr, List<Diagnostic> problems) {
    String text = "transformations:\n  - type: field_name_prefix\n    prefix: p.\n    rule_conditions: " + named
        + "\n    rule_cond_expr: '" + expr + "'\n";
    return PipelineText.firstItem(text, problems);
  }

  private static final String NAMED = "{win: {type: logsource, product: windows},"
      + " lin: {type: logsource, product: linux}, c2: {type: tag, tag: attack.t1102.002},"
      + " hi: {type: rule_attribute, attribute: level, op: gte, value: high}}";

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "win and c2 => true",
      "win and not c2 => false",
      "lin or (win and not hi) => true",
      "lin or hi => false",
      "1 of l* or all of c* => true",
      "all of them => false",
      "not (lin or hi) => true"})
  void combinesNamedConditionsByExpression(String expr, boolean applies) {
    assertThat(appliesToRule(problems -> expressionItem(NAMED, expr, problems))).isEqualTo(applies);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "win and nope => no rule condition is named 'nope'",
      "1 of x* => no rule condition name matches 'x*'",
      "win and => rule_cond_expr:"})
  void refusesBadExpressions(String expr, String message) {
    assertThat(refusals(problems -> expressionItem(NAMED, expr, problems)))
        .anySatisfy(m -> assertThat(m).contains(message));
  }

  /** Whether the item that {@code load} reads, without problems, applies to the test rule. */
  private static boolean appliesToRule(Function<List<Diagnostic>, Optional<Pipeline.Item>> load) {
    List<Diagnostic> problems = new ArrayList<>();
    Pipeline.Item item = load.apply(problems).orElseThrow();
    assertThat(problems).isEmpty();
    return item.appliesTo(RULE, RULE.logSource());
  }

  /** The messages of a pipeline that {@code load} must refuse. */
  private static List<String> refusals(Function<List<Diagnostic>, Optional<Pipeline.Item>> load) {
    List<Diagnostic> problems = new ArrayList<>();
    assertThat(load.apply(problems)).isEmpty();
    return problems.stream().map(Diagnostic::message).toList();
  }
}
