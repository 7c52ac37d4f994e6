package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.Modifiers;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pySigma detection-item conditions in pipeline files: which items they select, and what is refused. */
class ItemConditionTest {

  /** A detection item of field F with the plain values given ("null" for a YAML null). */
  private static Detection.Item item(String... values) throws Modifiers.ModifierException {
    List<Object> raw = new ArrayList<>(Arrays.stream(values).map(v -> v.equals("null") ? null : (Object) v).toList());
    return new Detection.Item(Optional.of("F"), List.of(), Modifiers.apply(List.of(), raw).values(), false, false,
        new Span(0, 0));
  }

  private static Optional<Pipeline.Item> pipelineItem(String type, String conditions, List<Diagnostic> problems) {
    String text = "transformations:\n  - type: " + type + "\n" + (type.equals("replace_string")
        ? "    regex: a\n    replacement: b\n" : "") + "    detection_item_conditions: " + conditions + "\n";
    return PipelineText.firstItem(text, problems);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "[{type: match_string, pattern: 'ab', cond: any}] | abc,x => true",
      "[{type: match_string, pattern: 'ab', cond: all}] | abc,x => false",
      "[{type: match_string, pattern: 'bc', cond: any}] | abc => false",
      "[{type: match_string, pattern: 'ab', cond: any, negate: true}] | abc => false",
      "[{type: match_string, pattern: '^\\*x', cond: any}] | *x => true",
      "[{type: match_string, pattern: '^\\*x', cond: any}] | \\*x => false",
      "[{type: match_string, pattern: '^\\\\\\*', cond: any}] | \\*x => true",
      "[{type: is_null, cond: all}] | null => true",
      "[{type: is_null, cond: any}] | a,null => true",
      "[{type: is_null, cond: all}] | a,null => false",
      "[{type: contains_wildcard, cond: any}] | a,b?c => true",
      "[{type: contains_wildcard, cond: any}] | a,b\\?c => false",
      "[{type: match_value, value: 'b?c', cond: any}] | a,b?c => true",
      "[{type: match_value, value: 'b?c', cond: any}] | a,b\\?c => false",
      "[{type: match_value, value: 'B?C', cond: all}] | b?c => false",
      "[{type: match_value, value: 4625, cond: any}] | x => false"})
  void selectsItems(String conditionsAndValues, boolean selected) throws Exception {
    String[] parts = conditionsAndValues.split(" \\| ");
    List<Diagnostic> problems = new ArrayList<>();
    Pipeline.Item item = pipelineItem("drop_detection_item", parts[0], problems).orElseThrow();
    assertThat(problems).isEmpty();
    assertThat(item.items().test(item(parts[1].split(",")))).isEqualTo(selected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "drop_detection_item | [{type: match_nothing}] => 'match_nothing' is not supported",
      "drop_detection_item | [{type: match_value, cond: any}] => 'value' is required",
      "drop_detection_item | [{type: is_null, cond: some}] => 'cond' is any or all",
      "drop_detection_item | [{type: match_string, pattern: '(', cond: any}] => invalid regex",
      "drop_detection_item | [{type: match_string, cond: any}] => 'pattern' is required",
      "add_condition | [{type: is_null}] => select the items of drop_detection_item, replace_string, map_string"})
  void refusesWhatItCannotApply(String typeAndConditions, String message) {
    String[] parts = typeAndConditions.split(" \\| ");
    List<Diagnostic> problems = new ArrayList<>();
    pipelineItem(parts[0], parts[1], problems);
    assertThat(problems).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).contains(message));
  }
}
