package io.github.sigma2sumo.run.sumo;

import java.util.OptionalDouble;

/**
 * Numbers as Sumo reads them: the implicit cast of a text field where a number is needed, the
 * casts {@code num}/{@code toLong}/{@code toInt}, and numeric literals with their size and time
 * suffixes (docs search-query-language/field-expressions.md).
 *
 * <p>Text reads as a number when, after leading and trailing whitespace is removed, it is an
 * optional sign, digits with an optional decimal point (or a point and digits) and an optional
 * exponent ({@code 500}, {@code -3.5}, {@code .5}, {@code 1e3}). The docs say only that the value
 * "must be a negative/positive integer or a real number" (search-operators/num.md); anything
 * else, Java's extras included ({@code NaN}, {@code 0x1F}, {@code 1d}), is not a number, and
 * {@code num} of it is null.
 */
final class Numbers {
  private Numbers() {}

  static OptionalDouble parse(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int i = start;
    if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < end && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < end && text.charAt(i) == '.') {
      i++;
      while (i < end && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return OptionalDouble.empty();
    }
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      while (i < end && isDigit(text.charAt(i))) {
        i++;
        exp++;
      }
      if (exp == 0) {
        return OptionalDouble.empty();
      }
    }
    if (i != end) {
      return OptionalDouble.empty();
    }
    if (end - start > 400) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(text.substring(start, end)));
  }

  /** A value as a number: a number itself, or text that reads as one; empty otherwise. */
  static OptionalDouble of(Value v) {
    if (v instanceof Value.Num n) {
      return OptionalDouble.of(n.value());
    }
    if (v instanceof Value.Text t) {
      return parse(t.value());
    }
    return OptionalDouble.empty();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A numeric literal as written, suffix included: size suffixes {@code k K M G B T P} (powers of
   * 1000) and {@code Ki Mi Gi Ti Pi} (powers of 1024), case-sensitive; time suffixes
   * {@code ns us ms s m h d w} in milliseconds ({@code 1.5s} is 1500). Empty for any other text.
   */
  static OptionalDouble literal(String text) {
    int i = 0;
    while (i < text.length() && (isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
      i++;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E') && i + 1 < text.length()
        && (text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-' || isDigit(text.charAt(i + 1)))) {
      i += 2;
      while (i < text.length() && isDigit(text.charAt(i))) {
        i++;
      }
    }
    OptionalDouble number = parse(text.substring(0, i));
    if (number.isEmpty()) {
      return number;
    }
    double factor = switch (text.substring(i)) {
      case "" -> 1;
      case "k", "K" -> 1e3;
      case "M" -> 1e6;
      case "G", "B" -> 1e9;
      case "T" -> 1e12;
      case "P" -> 1e15;
      case "Ki" -> 1024d;
      case "Mi" -> 1024d * 1024;
      case "Gi" -> 1024d * 1024 * 1024;
      case "Ti" -> 1024d * 1024 * 1024 * 1024;
      case "Pi" -> 1024d * 1024 * 1024 * 1024 * 1024;
      case "ns" -> 1e-6;
      case "us" -> 1e-3;
      case "ms" -> 1;
      case "s" -> 1e3;
      case "m" -> 60e3;
      case "h" -> 3600e3;
      case "d" -> 86400e3;
      case "w" -> 7 * 86400e3;
      default -> Double.NaN;
    };
    return Double.isNaN(factor) ? OptionalDouble.empty() : OptionalDouble.of(number.getAsDouble() * factor);
  }
}
