package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The numeric functions and casts of docs/cse/rules/cse-rules-syntax.md. An argument that is null
 * or does not read as a number gives null. Decided where the page is silent, or as it says:
 * <ul>
 *   <li>{@code int} and {@code toInt} round down, since the page calls {@code floor} "equivalent
 *       to int"; {@code toLong} drops the fraction (a cast); {@code num}, {@code number},
 *       {@code toDouble}, {@code float} and {@code toFloat} keep the number as it is (decimal
 *       precision, not a double's, is kept throughout).
 *   <li>{@code round} rounds halves away from zero ({@code round(1.5)} is 2, {@code round(-1.5)}
 *       is -2), to the given number of decimals.
 *   <li>The trigonometric, logarithmic and power functions compute in doubles; a result that is
 *       not a finite number (log of 0, asin of 2) is null.
 *   <li>{@code haversine} uses an earth radius of 6372.8 km and rounds to two decimals: that is
 *       what gives the docs' 3512.71 for their example (6371 km would give 3511.71).
 *   <li>{@code hexToDec} reads up to 16 hex digits as a two's-complement long, {@code decToHex}
 *       writes a long in lower-case two's-complement hex (the page's examples); other input is
 *       null.
 *   <li>{@code isNumeric} accepts what Java reads as a number literal (the page: hexadecimals with
 *       0x, scientific notation, a type qualifier such as 123L); null is not numeric.
 * </ul>
 */
final class NumberFunctions {

  private static final BigDecimal EARTH_RADIUS_KM = new BigDecimal("6372.8");
  private static final Pattern JAVA_NUMBER = Pattern.compile(
      "[+-]?(?:0[xX][0-9a-fA-F]+[lL]?|(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?[lLfFdD]?)");
  private static final Pattern HEX = Pattern.compile("(?:0[xX])?[0-9a-fA-F]{1,16}");
  private static final Pattern LONG = Pattern.compile("[+-]?[0-9]{1,19}");

  private NumberFunctions() {}

  static void register(Map<String, Builtin> table) {
    Builtin same = (a, s) -> Coercions.number(a[0], s);
    for (String name : new String[] {"num", "number", "todouble", "float", "tofloat"}) {
      table.put(name, same);
    }
    Builtin floor = (a, s) -> scaled(a[0], s, RoundingMode.FLOOR);
    table.put("int", floor);
    table.put("toint", floor);
    table.put("floor", floor);
    table.put("tolong", (a, s) -> scaled(a[0], s, RoundingMode.DOWN));
    table.put("ceil", (a, s) -> scaled(a[0], s, RoundingMode.CEILING));
    table.put("abs", (a, s) -> {
      BigDecimal n = Coercions.number(a[0], s);
      return n == null ? null : n.abs();
    });
    table.put("round", NumberFunctions::round);
    unary(table, "acos", Math::acos);
    unary(table, "asin", Math::asin);
    unary(table, "atan", Math::atan);
    unary(table, "cbrt", Math::cbrt);
    unary(table, "cos", Math::cos);
    unary(table, "cosh", Math::cosh);
    unary(table, "exp", Math::exp);
    unary(table, "expm1", Math::expm1);
    unary(table, "log", Math::log);
    unary(table, "log10", Math::log10);
    unary(table, "log1p", Math::log1p);
    unary(table, "sin", Math::sin);
    unary(table, "sinh", Math::sinh);
    unary(table, "sqrt", Math::sqrt);
    unary(table, "tan", Math::tan);
    unary(table, "tanh", Math::tanh);
    unary(table, "todegrees", Math::toDegrees);
    unary(table, "toradians", Math::toRadians);
    binary(table, "atan2", Math::atan2);
    binary(table, "hypot", Math::hypot);
    table.put("haversine", NumberFunctions::haversine);
    table.put("hextodec", (a, s) -> {
      String v = Coercions.string(a[0], s);
      if (v == null || !HEX.matcher(v.strip()).matches()) {
        return null;
      }
      String digits = v.strip().replaceFirst("^0[xX]", "");
      return BigDecimal.valueOf(Long.parseUnsignedLong(digits, 16));
    });
    table.put("dectohex", (a, s) -> {
      String v = Coercions.string(a[0], s);
      if (v == null || !LONG.matcher(v.strip()).matches()) {
        return null;
      }
      try {
        return Long.toHexString(Long.parseLong(v.strip()));
      } catch (NumberFormatException e) {
        return null;
      }
    });
    table.put("isnumeric", (a, s) -> {
      String v = Coercions.string(a[0], s);
      return v != null && v.length() < 10_000 && JAVA_NUMBER.matcher(v).matches();
    });
  }

  private static @Nullable Object scaled(@Nullable Object value, Span span, RoundingMode mode) {
    BigDecimal n = Coercions.number(value, span);
    return n == null ? null : n.setScale(0, mode);
  }

  private static @Nullable Object round(@Nullable Object[] args, Span span) {
    BigDecimal n = Coercions.number(args[0], span);
    BigDecimal places = args.length > 1 ? Coercions.number(args[1], span) : BigDecimal.ZERO;
    if (n == null || places == null) {
      return null;
    }
    int p = places.intValue();
    if (p < -Coercions.MAX_EXPONENT || p > Coercions.MAX_EXPONENT) {
      return null;
    }
    return n.setScale(p, RoundingMode.HALF_UP);
  }

  private static void unary(Map<String, Builtin> table, String name, DoubleUnaryOperator op) {
    table.put(name, (a, s) -> {
      BigDecimal n = Coercions.number(a[0], s);
      return n == null ? null : finite(op.applyAsDouble(n.doubleValue()));
    });
  }

  private static void binary(Map<String, Builtin> table, String name, DoubleBinaryOperator op) {
    table.put(name, (a, s) -> {
      BigDecimal x = Coercions.number(a[0], s);
      BigDecimal y = Coercions.number(a[1], s);
      return x == null || y == null ? null : finite(op.applyAsDouble(x.doubleValue(), y.doubleValue()));
    });
  }

  private static @Nullable Object haversine(@Nullable Object[] args, Span span) {
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      BigDecimal n = Coercions.number(args[i], span);
      if (n == null) {
        return null;
      }
      v[i] = Math.toRadians(n.doubleValue());
    }
    double a = Math.pow(Math.sin((v[2] - v[0]) / 2), 2)
        + Math.cos(v[0]) * Math.cos(v[2]) * Math.pow(Math.sin((v[3] - v[1]) / 2), 2);
    double angle = 2 * Math.asin(Math.sqrt(Math.min(1, a)));
    BigDecimal km = (BigDecimal) finite(angle);
    return km == null ? null : km.multiply(EARTH_RADIUS_KM).setScale(2, RoundingMode.HALF_UP);
  }

  private static @Nullable Object finite(double d) {
    return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
  }
}
