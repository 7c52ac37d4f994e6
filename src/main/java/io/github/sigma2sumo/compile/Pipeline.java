package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.sigma.LogSource;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.SigmaValue;
import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A processing pipeline: transformations applied in order to rules whose log source they match.
 * The YAML format is pySigma's (reference sigma.md §8.2) for the transformations that apply to a
 * Sumo query (field_name_mapping, field_name_prefix_mapping, field_name_prefix/suffix,
 * add_condition, change_logsource, replace_string, map_string, set_value, case, convert_type,
 * value_placeholders, wildcard_placeholders, rule_failure, drop_detection_item; the rule conditions of
 * {@link RuleCondition}; field-name conditions include_fields/exclude_fields; the detection-item
 * conditions of {@link ItemCondition}), plus three of ours: {@code sumo_scope} (the search scope
 * before the first pipe), {@code sumo_extraction} (how fields are extracted) and
 * {@code cse_keyword_field} (the Cloud SIEM field that keyword detections search).
 */
public record Pipeline(String name, int priority, String origin, Map<String, List<String>> vars, List<Item> items) {

  public Pipeline {
    Objects.requireNonNull(name, "name");
    vars = Map.copyOf(vars);
    items = List.copyOf(items);
  }

  /**
   * A transformation with its rule conditions (combined with and/or, maybe negated), and the
   * field-name and detection-item conditions that select what it touches in a rule.
   */
  public record Item(Optional<String> id, Transformation transformation, RuleCondition.Group conditions,
      FieldCondition fields, ItemCondition.Filter items, Span span) {

    /** Whether the item applies to {@code rule}, whose log source the earlier items made {@code current}. */
    public boolean appliesTo(SigmaRule rule, LogSource current) {
      return conditions.test(rule, current);
    }
  }

  /**
   * pySigma's field-name conditions: which fields a field transformation touches.
   * {@code include_fields}/{@code exclude_fields}, names plain or regexes, combined with and/or,
   * maybe negated. No conditions: every field.
   */
  public record FieldCondition(List<FieldTest> tests, boolean anyOf, boolean negated) {
    public static final FieldCondition ALL = new FieldCondition(List.of(), false, false);

    public FieldCondition {
      tests = List.copyOf(tests);
    }

    public boolean test(String field) {
      return Conditions.combine(tests, t -> t.test(field), anyOf, negated);
    }
  }

  /** One field-name condition: the field is (include) or is not (exclude) among these names or regexes. */
  public record FieldTest(boolean include, List<String> fields, boolean regex) {
    public FieldTest {
      fields = List.copyOf(fields);
    }

    boolean test(String field) {
      boolean listed = fields.stream().anyMatch(f -> regex ? Pattern.matches(f, field) : f.equals(field));
      return listed == include;
    }
  }

  /** What one processing item does. */
  public sealed interface Transformation {
    /** Sigma field name to one or more target names (several: OR over them). */
    record FieldNameMapping(Map<String, List<String>> mapping) implements Transformation {}

    /** A name starting with one of the prefixes gets the target prefix instead (the first that fits). */
    record FieldNamePrefixMapping(Map<String, List<String>> mapping) implements Transformation {}

    record FieldNamePrefix(String prefix) implements Transformation {}

    record FieldNameSuffix(String suffix) implements Transformation {}

    /** Field/value conditions ANDed to the rule ({@code negated}: AND NOT). Values as YAML typed them. */
    record AddCondition(Map<String, List<Object>> conditions, boolean negated) implements Transformation {}

    record ChangeLogSource(LogSource logSource) implements Transformation {}

    record ReplaceString(Pattern regex, String replacement) implements Transformation {}

    /** set_value: every value of the selected items becomes this one, typed as the YAML or force_type says. */
    record SetValue(SigmaValue value) implements Transformation {}

    /** case: string values in lower or upper case. */
    record Case(boolean upper) implements Transformation {}

    /** convert_type: values to strings or to numbers. */
    record ConvertType(boolean toNumber) implements Transformation {}

    /** A plain value mapped to one or more values (several: OR over them). */
    record MapString(Map<String, List<String>> mapping) implements Transformation {}

    /**
     * value_placeholders ({@code wildcard} false): the {@code %name%} placeholders of the expand
     * modifier become the values the pipelines' {@code vars} give them; wildcard_placeholders: they
     * become {@code *}. For the names in {@code include} (every name when it is empty) but not in
     * {@code exclude}.
     */
    record Placeholders(boolean wildcard, List<String> include, List<String> exclude) implements Transformation {
      public Placeholders {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
      }

      boolean selects(String name) {
        return (include.isEmpty() || include.contains(name)) && !exclude.contains(name);
      }
    }

    /** Removes the detection items that the item's field-name and detection-item conditions select. */
    record DropDetectionItem() implements Transformation {}

    /** The rule cannot be converted for these log sources; the message says why. */
    record RuleFailure(String message) implements Transformation {}

    /** The search scope (keywords and metadata before the first pipe). */
    record SumoScope(String scope) implements Transformation {}

    record SumoExtraction(Extraction extraction) implements Transformation {}

    /** The field that keyword detections search in Cloud SIEM, which has no raw message of its own. */
    record CseKeywordField(String field) implements Transformation {}
  }
}
