package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.SigmaValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * pySigma's detection-item conditions (reference sigma.md §8.2; pySigma
 * sigma/processing/conditions/values.py): which detection items a value transformation
 * (drop_detection_item, replace_string, map_string) touches. Each tests the item's values, and
 * {@code cond} says whether {@code any} or {@code all} of them must pass.
 */
public sealed interface ItemCondition {

  /** Whether the condition holds for one value. */
  boolean test(SigmaValue value);

  /** any: one value passes; all: every value passes. */
  boolean all();

  default boolean test(Detection.Item item) {
    List<SigmaValue> values = item.values();
    return all() ? values.stream().allMatch(this::test) : values.stream().anyMatch(this::test);
  }

  /**
   * {@code match_string}: the value is a string and the regex matches at its start (Python's
   * {@code re.match}) of the string as the rule writes it (wildcards bare, {@code \*} escaped);
   * {@code negate} turns each value's answer round, a value that is no string included.
   */
  record MatchString(Pattern pattern, boolean all, boolean negate) implements ItemCondition {
    @Override
    public boolean test(SigmaValue value) {
      boolean matches = value instanceof SigmaValue.Str s && pattern.matcher(s.string().toString()).lookingAt();
      return matches != negate;
    }
  }

  /**
   * {@code match_value}: the value equals this one (a string as a Sigma string, wildcards and
   * all, whatever its case-sensitivity; a number by value).
   */
  record MatchValue(SigmaValue expected, boolean all) implements ItemCondition {
    @Override
    public boolean test(SigmaValue value) {
      if (expected instanceof SigmaValue.Str e && value instanceof SigmaValue.Str v) {
        return e.string().equals(v.string());
      }
      if (expected instanceof SigmaValue.Num e && value instanceof SigmaValue.Num v) {
        return e.value().compareTo(v.value()) == 0;
      }
      return expected.equals(value);
    }
  }

  /** {@code is_null}: the value is {@code null}. */
  record IsNull(boolean all) implements ItemCondition {
    @Override
    public boolean test(SigmaValue value) {
      return value instanceof SigmaValue.Null;
    }
  }

  /** {@code contains_wildcard}: the value is a string with a wildcard. */
  record ContainsWildcard(boolean all) implements ItemCondition {
    @Override
    public boolean test(SigmaValue value) {
      return value instanceof SigmaValue.Str s && s.string().hasWildcards();
    }
  }

  /** The detection-item conditions of one processing item, combined with and/or, maybe negated. */
  record Filter(List<ItemCondition> conditions, boolean anyOf, boolean negated) {
    public static final Filter ALL = new Filter(List.of(), false, false);

    public Filter {
      conditions = List.copyOf(conditions);
    }

    public boolean test(Detection.Item item) {
      return Conditions.combine(conditions, c -> c.test(item), anyOf, negated);
    }
  }
}
