package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.BinaryOp;
import java.util.OptionalDouble;

/**
 * Comparison of values ({@code = == != <> < > <= >=}, {@code in}), as the docs describe it and, where
 * they are silent, as chosen here (docs search-query-language/field-expressions.md,
 * search-operators/where.md, in.md, manually-cast-data-string-number.md).
 *
 * <ul>
 *   <li><b>Null.</b> A comparison with a null operand is false, whatever its operator: {@code x = "a"},
 *       {@code x != "a"} and {@code x < 5} are all false when {@code x} is null (a field a parse did
 *       not fill, or one nothing defines). The docs are silent; they point to {@code isNull} for
 *       such fields. {@code !} is plain negation, so {@code !(x = "a")} is true for a null x.
 *   <li><b>Equality.</b> Two numbers compare as numbers; text compares with text exactly,
 *       case-sensitively ("String comparisons are case sensitive"). A number and a text compare as
 *       numbers when the text reads as one ({@link Numbers}): Sumo "will implicitly cast string data
 *       to a number type assuming it is clear that you need a number", and a numeric operand makes
 *       it clear; a text that is no number is unequal. A boolean compares by its text
 *       ({@code true}/{@code false}).
 *   <li><b>Order.</b> {@code < > <= >=} compare as numbers when both sides read as numbers (texts
 *       included: {@code where duration > 100} on a parsed field is the docs' own example);
 *       otherwise two texts compare lexicographically by UTF-16 code units, and anything else is
 *       false.
 *   <li><b>in.</b> No implicit cast: "If you're using in or not in to match integers, cast x to a
 *       number first", so a text never equals a number there. {@code not in} is false for null too.
 * </ul>
 */
final class Comparisons {
  private Comparisons() {}

  static boolean compare(BinaryOp op, Value a, Value b) {
    if (a.isNull() || b.isNull()) {
      return false;
    }
    if (op == BinaryOp.EQ) {
      return equal(a, b);
    }
    if (op == BinaryOp.NE) {
      return !equal(a, b);
    }
    int o = order(a, b);
    if (o == UNORDERED) {
      return false;
    }
    return switch (op) {
      case LT -> o < 0;
      case LE -> o <= 0;
      case GT -> o > 0;
      case GE -> o >= 0;
      default -> throw new IllegalArgumentException(op + " is no comparison");
    };
  }

  private static final int UNORDERED = Integer.MIN_VALUE;

  static boolean equal(Value a, Value b) {
    if (a instanceof Value.Num x && b instanceof Value.Num y) {
      return x.value() == y.value();
    }
    if (a instanceof Value.Text x && b instanceof Value.Text y) {
      return x.value().equals(y.value());
    }
    if (a instanceof Value.Num || b instanceof Value.Num) {
      if (a instanceof Value.Bool || b instanceof Value.Bool) {
        return false;
      }
      OptionalDouble x = Numbers.of(a);
      OptionalDouble y = Numbers.of(b);
      return x.isPresent() && y.isPresent() && x.getAsDouble() == y.getAsDouble();
    }
    return a.text().equals(b.text());
  }

  /** Sign of a compared with b; {@link #UNORDERED} when they do not compare. */
  private static int order(Value a, Value b) {
    OptionalDouble x = Numbers.of(a);
    OptionalDouble y = Numbers.of(b);
    if (x.isPresent() && y.isPresent()) {
      double p = x.getAsDouble();
      double q = y.getAsDouble();
      if (Double.isNaN(p) || Double.isNaN(q)) {
        return UNORDERED;
      }
      return p < q ? -1 : p > q ? 1 : 0;
    }
    if (a instanceof Value.Text s && b instanceof Value.Text t) {
      return Integer.signum(s.value().compareTo(t.value()));
    }
    return UNORDERED;
  }

  /** Equality inside {@code in (...)}: like {@link #equal} but a text never equals a number. */
  static boolean inEqual(Value a, Value b) {
    if (a.isNull() || b.isNull()) {
      return false;
    }
    if (a instanceof Value.Num x && b instanceof Value.Num y) {
      return x.value() == y.value();
    }
    if (a instanceof Value.Num || b instanceof Value.Num) {
      return false;
    }
    return a.text().equals(b.text());
  }
}
