package io.github.sigma2sumo.run.sumo;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value of a field or an expression during a search: text, a number, a boolean or null.
 *
 * <p>Sumo stores fields as strings and casts to numbers only where a number is needed (docs
 * search-operators/manually-cast-data-string-number.md), so parsed and metadata fields are
 * {@link Text}; numbers come from literals, casts, arithmetic and aggregates. {@link Null} is the
 * value of a field a parse did not fill (docs search-operators/isnull-isempty-isblank.md).
 */
public sealed interface Value {

  /** The null value: a field that a failed parse or a missed lookup left empty. */
  Value NULL = new Null();

  Value TRUE = new Bool(true);

  Value FALSE = new Bool(false);

  /** The value as Sumo shows it in a result cell; null shows as the empty string. */
  String text();

  default boolean isNull() {
    return false;
  }

  static Value of(boolean b) {
    return b ? TRUE : FALSE;
  }

  static Value of(String s) {
    return new Text(s);
  }

  static Value of(double d) {
    return new Num(d);
  }

  record Text(String value) implements Value {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value;
    }
  }

  /** A 64-bit floating point number, as {@code num} gives (docs search-operators/num.md). */
  record Num(double value) implements Value {
    /**
     * Whole numbers print without a fraction ({@code 3}, not {@code 3.0}), as Sumo shows counts
     * and cast values; others in the shortest form that reads back to the same double.
     */
    @Override
    public String text() {
      if (Double.isNaN(value)) {
        return "NaN";
      }
      if (Double.isInfinite(value)) {
        return value > 0 ? "Infinity" : "-Infinity";
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
  }

  record Bool(boolean value) implements Value {
    @Override
    public String text() {
      return value ? "true" : "false";
    }
  }

  /** Use {@link Value#NULL}. */
  record Null() implements Value {
    @Override
    public String text() {
      return "";
    }

    @Override
    public boolean isNull() {
      return true;
    }
  }
}
