package io.github.sigma2sumo.run.sumo;

import java.util.Comparator;

/**
 * How {@code sort}, {@code top} and {@code count_frequent} order values (docs search-operators/sort.md,
 * manually-cast-data-string-number.md): numbers by value; text by its characters, not as numbers,
 * since "the results will sort out of order as text values if you do not first cast the field";
 * booleans by their text. The docs are silent on mixed kinds and nulls: here numbers come before
 * text in ascending order, and nulls come last in either direction.
 */
final class ValueOrder {
  private ValueOrder() {}

  /** Ascending order of non-null values. */
  static final Comparator<Value> ASCENDING = ValueOrder::compare;

  private static int compare(Value a, Value b) {
    if (a instanceof Value.Num x && b instanceof Value.Num y) {
      return Double.compare(x.value(), y.value());
    }
    if (a instanceof Value.Num) {
      return -1;
    }
    if (b instanceof Value.Num) {
      return 1;
    }
    return a.text().compareTo(b.text());
  }

  /** Compares two values in the given direction, nulls last either way. */
  static int compare(Value a, Value b, boolean descending) {
    if (a.isNull() || b.isNull()) {
      return a.isNull() == b.isNull() ? 0 : a.isNull() ? 1 : -1;
    }
    int c = compare(a, b);
    return descending ? -c : c;
  }
}
