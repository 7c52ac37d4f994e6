package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.SigmaString;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Field-name transformations in pipeline order, each on the names the earlier ones left (pySigma's semantics). */
class PreparedRuleTest {
  private static final SigmaRule RULE;

  static {
    DiagnosticSink sink = new DiagnosticSink(SourceFile.of("r.yml", """
        title: T
        logsource: {category: process_creation, product: windows}
        detection:
            sel: {Image: x, User: y}
            condition: sel
        """));
    RULE = SigmaLoader.load(sink.source(), sink).rules().get(0);
  }

  private static PreparedRule prepared(String transformations) {
    List<Diagnostic> problems = new ArrayList<>();
    Pipeline p = PipelineText.load("transformations:\n" + transformations, problems)
        .orElseThrow(() -> new AssertionError(problems));
    return PreparedRule.prepare(RULE, List.of(p));
  }

  private static Detection.Item image() {
    return (Detection.Item) ((Detection.AllOf) RULE.detections().get("sel")).parts().get(0);
  }

  @Test
  void aPrefixBeforeAMappingIsWhatTheMappingSees() {
    PreparedRule r = prepared("""
          - {type: field_name_prefix, prefix: 'p.'}
          - {type: field_name_mapping, mapping: {p.Image: process.executable, Image: never}}
        """);
    assertThat(r.sumoNames("Image")).containsExactly("process.executable");
    assertThat(r.sumoNames("User")).containsExactly("p.User");
  }

  @Test
  void aPrefixMappingReplacesTheFirstPrefixThatFits() {
    PreparedRule r = prepared("""
          - {type: field_name_mapping, mapping: {Image: winlog.image}}
          - {type: field_name_prefix_mapping, mapping: {'win': [x., y.], 'winlog.': z.}}
        """);
    assertThat(r.sumoNames("Image")).containsExactly("x.log.image", "y.log.image");
    assertThat(r.sumoNames("User")).containsExactly("User");
  }

  @Test
  void anEmptyPrefixTargetDropsThePrefixButLeavesNoNameEmpty() {
    PreparedRule r = prepared("  - {type: field_name_prefix_mapping, mapping: {'Im': '', 'User': ''}}\n");
    assertThat(r.sumoNames("Image")).containsExactly("age");
    assertThat(r.sumoNames("User")).containsExactly("User");
  }

  @Test
  void aDropSeesTheNamesOfTheStepsBeforeIt() {
    String mapping = "  - {type: field_name_mapping, mapping: {Image: [a, b]}}\n";
    assertThat(prepared(mapping + """
          - type: drop_detection_item
            field_name_conditions: [{type: include_fields, fields: [Image]}]
        """).drops(image())).isFalse();
    assertThat(prepared(mapping + """
          - type: drop_detection_item
            field_name_conditions: [{type: include_fields, fields: [a]}]
        """).drops(image())).as("only one of the two names is selected").isFalse();
    assertThat(prepared(mapping + """
          - type: drop_detection_item
            field_name_conditions: [{type: include_fields, fields: [a, b]}]
        """).drops(image())).isTrue();
    assertThat(prepared("""
          - type: drop_detection_item
            field_name_conditions: [{type: include_fields, fields: [Image]}]
        """ + mapping).drops(image())).as("a drop before the mapping").isTrue();
    assertThat(prepared(mapping + """
          - type: drop_detection_item
            field_name_conditions: {first: {type: include_fields, fields: [a]}, second: {type: include_fields, fields: [b]}}
            field_name_cond_op: or
        """).drops(image())).as("conditions given as a map by name, as pySigma allows").isTrue();
  }

  @Test
  void aNestAppliesItsItemsWhereItsOwnConditionsHoldToo() {
    String nest = """
          - type: nest
            rule_conditions: [{type: logsource, product: %s}]
            items:
              - {type: field_name_prefix, prefix: 'p.'}
              - type: field_name_suffix
                suffix: '.s'
                rule_conditions: [{type: tag, tag: attack.t1}]
        """;
    assertThat(prepared(nest.formatted("windows")).sumoNames("User")).containsExactly("p.User");
    assertThat(prepared(nest.formatted("linux")).sumoNames("User")).containsExactly("User");
  }

  @Test
  void valueTransformationsApplyInOrderToTheItemsTheySelect() throws Exception {
    PreparedRule r = prepared("""
          - {type: case, method: upper}
          - type: set_value
            value: 7
            field_name_conditions: [{type: include_fields, fields: [User]}]
          - {type: convert_type, target_type: str}
        """);
    Detection.AllOf sel = (Detection.AllOf) RULE.detections().get("sel");
    assertThat(r.values((Detection.Item) sel.parts().get(0))).extracting(Object::toString)
        .containsExactly("Str[string=X, cased=false]");
    assertThat(r.values((Detection.Item) sel.parts().get(1))).extracting(Object::toString)
        .containsExactly("Str[string=7, cased=false]");
  }

  @Test
  void replaceStringTouchesTheFieldsItsConditionsSelect() {
    PreparedRule r = prepared("""
          - type: replace_string
            regex: 'x|y'
            replacement: 'z'
            field_name_conditions: [{type: include_fields, fields: [User]}]
        """);
    Detection.AllOf sel = (Detection.AllOf) RULE.detections().get("sel");
    SigmaString x = SigmaString.literal("x");
    assertThat(r.replaceStrings(x, (Detection.Item) sel.parts().get(0))).isEqualTo(x);
    assertThat(r.replaceStrings(x, (Detection.Item) sel.parts().get(1))).isEqualTo(SigmaString.literal("z"));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "{type: case, method: snake_case} => case 'method' is lower or upper",
      "{type: convert_type, target_type: bool} => 'target_type' is str or num",
      "{type: set_value} => 'value' is required",
      "{type: set_value, value: abc, force_type: num} => 'abc' is not a number",
      "{type: set_value, value: 1, force_type: int} => 'force_type' is str or num",
      "{type: nest} => a nest item needs 'items'",
      "`{type: add_condition, conditions: {'': x}}` => add_condition needs a field name",
      "{type: field_name_mapping, mapping: {Image: ~}} => 'Image' has none",
      "`{type: nest, items: [], field_name_conditions: [{type: include_fields, fields: [a]}]}` => rule conditions"})
  void refusesValueTransformationsItCannotApply(String item, String message) {
    List<Diagnostic> problems = new ArrayList<>();
    assertThat(PipelineText.load("transformations:\n  - " + item + "\n", problems)).isEmpty();
    assertThat(problems).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains(message));
  }
}
