package io.github.sigma2sumo.compile;

import java.util.List;
import java.util.function.Predicate;

/**
 * How pySigma combines the conditions of a processing item (rule, field-name and detection-item
 * conditions alike): all of them ({@code and}) or any ({@code or}), then maybe negated; no
 * conditions hold (reference sigma.md §8.2).
 */
final class Conditions {
  private Conditions() {}

  /** A loop, not a stream: this runs for every item of every pipeline, rule and field. */
  static <T> boolean combine(List<T> conditions, Predicate<T> holds, boolean anyOf, boolean negated) {
    if (conditions.isEmpty()) {
      return !negated;
    }
    boolean result = !anyOf;
    for (T c : conditions) {
      if (holds.test(c) == anyOf) {
        result = anyOf;
        break;
      }
    }
    return result != negated;
  }
}
