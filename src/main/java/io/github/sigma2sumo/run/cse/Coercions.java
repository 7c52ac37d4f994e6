package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values of Cloud SIEM expressions and how they compare. A value is {@code null} (a missing
 * field, or a null one), a {@link String}, a {@link BigDecimal}, a {@link Boolean}, an array
 * ({@link List} of values) or a map ({@link YMap}, read by key).
 *
 * <p>Docs (docs/cse/rules/cse-rules-syntax.md): {@code =}, {@code <}, {@code <=}, {@code >},
 * {@code >=}, {@code BETWEEN}, {@code IN}, {@code LIKE} and {@code RLIKE} are false when an operand
 * is null, and {@code !(null)} is true: logic is two-valued, a null condition is false. Where the
 * docs are silent, this class decides, as Spark SQL (whose function descriptions the syntax page
 * quotes) does unless said otherwise:
 * <ul>
 *   <li>{@code !=} and the negated infix forms ({@code NOT IN}, {@code NOT LIKE}, ...) are false
 *       with a null operand too, like the comparison they negate; only {@code !}/{@code NOT} in
 *       front of a condition turns a null into true.
 *   <li>A string and a number compare as numbers when the string reads as a number (surrounding
 *       white space allowed, no hexadecimal), else they are unequal and unordered (false).
 *   <li>Strings compare case-sensitively, and order by code point ({@code severity > '6'} compares
 *       strings, as the docs' example does).
 *   <li>A boolean equals {@code 'true'}/{@code 'false'} in any case, and the numbers 1 and 0 (the
 *       schema types {@code srcDevice_ip_isInternal} as a number that built-in rules compare with
 *       {@code true}). Booleans order false before true.
 *   <li>Arrays and maps neither compare nor order: a rule that does so is an error for the record.
 *   <li>Numbers beyond 10^±{@value #MAX_EXPONENT} are refused: their text would be enormous.
 * </ul>
 */
final class Coercions {

  static final int MAX_EXPONENT = 1000;

  /** Returned by {@link #compare} when the two values have no order. */
  static final int UNORDERED = Integer.MIN_VALUE;

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,9})?");

  private Coercions() {}

  /** The value of a record's node. */
  static @Nullable Object fromNode(@Nullable YNode node) {
    if (node == null) {
      return null;
    }
    if (node instanceof YScalar s) {
      return s.value();
    }
    if (node instanceof YList list) {
      List<@Nullable Object> out = new ArrayList<>(list.items().size());
      for (YNode item : list.items()) {
        out.add(fromNode(item));
      }
      return Collections.unmodifiableList(out);
    }
    return node;
  }

  /** A value as a condition: true, false, or (for null) false. */
  static boolean truth(@Nullable Object value, Span span) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value == null) {
      return false;
    }
    if (value instanceof String s) {
      if (s.equalsIgnoreCase("true")) {
        return true;
      } else if (s.equalsIgnoreCase("false")) {
        return false;
      }
    }
    throw new EvaluationError(span, "a condition must be true or false, and this is " + describe(value));
  }

  /** A value as a number, or null when it is null or does not read as one. */
  static @Nullable BigDecimal number(@Nullable Object value, Span span) {
    if (value instanceof BigDecimal n) {
      return checked(n, span);
    }
    if (value instanceof String s) {
      return parseNumber(s);
    }
    if (value == null || value instanceof Boolean) {
      return null;
    }
    throw new EvaluationError(span, "a number is needed here, and this is " + describe(value));
  }

  /** The number a string reads as, or null. */
  static @Nullable BigDecimal parseNumber(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > 10_000 || !DECIMAL.matcher(s).matches()) {
      return null;
    }
    try {
      BigDecimal n = new BigDecimal(s);
      return inRange(n) ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean inRange(BigDecimal n) {
    if (n.signum() == 0) {
      return true;
    }
    long exponent = (long) n.precision() - n.scale();
    return exponent <= MAX_EXPONENT && exponent >= -MAX_EXPONENT;
  }

  private static BigDecimal checked(BigDecimal n, Span span) {
    if (!inRange(n)) {
      throw new EvaluationError(span, "the number " + n + " is out of the range evaluated here (10^±"
          + MAX_EXPONENT + ")");
    }
    return n;
  }

  /** A value as a string (numbers in plain notation, booleans as true/false), or null. */
  static @Nullable String string(@Nullable Object value, Span span) {
    if (value instanceof String s) {
      return s;
    }
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal n) {
      return checked(n, span).toPlainString();
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    throw new EvaluationError(span, "a string is needed here, and this is " + describe(value));
  }

  /** {@code a = b}: false when either is null. */
  static boolean equal(@Nullable Object a, @Nullable Object b, Span span) {
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof String sa && b instanceof String sb) {
      return sa.equals(sb);
    }
    scalar(a, span);
    scalar(b, span);
    if (a instanceof Boolean || b instanceof Boolean) {
      Boolean ba = bool(a);
      Boolean bb = bool(b);
      return ba != null && ba.equals(bb);
    }
    BigDecimal na = number(a, span);
    BigDecimal nb = number(b, span);
    return na != null && nb != null && na.compareTo(nb) == 0;
  }

  /** The order of two values: negative, zero, positive, or {@link #UNORDERED} (null or incomparable). */
  static int compare(@Nullable Object a, @Nullable Object b, Span span) {
    if (a == null || b == null) {
      return UNORDERED;
    }
    if (a instanceof String sa && b instanceof String sb) {
      return Integer.signum(compareCodePoints(sa, sb));
    }
    scalar(a, span);
    scalar(b, span);
    if (a instanceof Boolean || b instanceof Boolean) {
      Boolean ba = bool(a);
      Boolean bb = bool(b);
      return ba == null || bb == null ? UNORDERED : Boolean.compare(ba, bb);
    }
    BigDecimal na = number(a, span);
    BigDecimal nb = number(b, span);
    return na == null || nb == null ? UNORDERED : na.compareTo(nb);
  }

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static @Nullable Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      return s.equalsIgnoreCase("true") ? Boolean.TRUE : s.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
    if (value instanceof BigDecimal n) {
      return n.compareTo(BigDecimal.ONE) == 0 ? Boolean.TRUE : n.signum() == 0 ? Boolean.FALSE : null;
    }
    return null;
  }

  private static void scalar(Object value, Span span) {
    if (value instanceof List || value instanceof YMap) {
      throw new EvaluationError(span, "arrays and maps do not compare, and this is " + describe(value));
    }
  }

  /** A key under which equal values group together: numbers without trailing zeros, scalars as they are. */
  static @Nullable Object groupKey(@Nullable Object value) {
    if (value instanceof BigDecimal n) {
      return n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
    }
    if (value instanceof YMap map) {
      return show(map);
    }
    return value;
  }

  /**
   * A value as it is written in an expression: 'text', 12.5, true, null, [..], {..}. Text goes in
   * single quotes, where a backslash is an ordinary character and there is no escape
   * (docs/cse/rules/cse-rules-syntax.md; Sumo's own rules write {@code '%\cmd.exe'}); text holding a
   * {@code '} or a line break goes in double quotes with {@code "} as {@code \"}, the documented
   * escape, and a line break shown as {@code \n} to keep explanations on one line.
   */
  static String show(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      String shown = s.length() > 200 ? s.substring(0, 197) + "..." : s;
      if (shown.indexOf('\'') < 0 && shown.indexOf('\n') < 0) {
        return "'" + shown + "'";
      }
      return "\"" + shown.replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
    if (value instanceof BigDecimal n) {
      return inRange(n) ? n.toPlainString() : n.toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size() && i < 20; i++) {
        out.append(i == 0 ? "" : ", ").append(show(list.get(i)));
      }
      return out.append(list.size() > 20 ? ", ...]" : "]").toString();
    }
    if (value instanceof YMap map) {
      StringBuilder out = new StringBuilder("{");
      int i = 0;
      for (var e : map.entries().values()) {
        if (i++ == 20) {
          out.append(", ...");
          break;
        }
        out.append(i == 1 ? "" : ", ").append(show(e.key())).append(": ").append(show(fromNode(e.value())));
      }
      return out.append('}').toString();
    }
    return String.valueOf(value);
  }

  /** What a value is, for messages: "the string 'x'", "an array of 3 values". */
  static String describe(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "the string " + show(value);
    }
    if (value instanceof BigDecimal) {
      return "the number " + show(value);
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      return "an array of " + list.size() + (list.size() == 1 ? " value" : " values");
    }
    return "a map of " + ((YMap) value).entries().size() + " keys";
  }
}
