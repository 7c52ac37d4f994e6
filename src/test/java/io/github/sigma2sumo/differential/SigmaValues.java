package io.github.sigma2sumo.differential;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A text that satisfies one Sigma value under its modifiers, read from the specification
 * (reference sigma.md: wildcards {@code *} and {@code ?}, {@code \} escaping them, contains,
 * startswith, endswith, all, cidr, the numeric comparisons, exists). Written for the differential
 * test only, with no use of the compiler or of either evaluator: the point is to feed both the same
 * events. Empty for what it does not generate (regular expressions, base64 and wide encodings,
 * placeholders, field references): those items are counted as not covered.
 */
final class SigmaValues {
  private SigmaValues() {}

  static final List<String> GENERATED = List.of("contains", "startswith", "endswith", "all", "cased", "windash",
      "cidr", "gt", "gte", "lt", "lte", "exists");

  /** The value a field gets so that {@code value} under {@code modifiers} holds. */
  static Optional<String> satisfying(Object value, List<String> modifiers) {
    if (modifiers.stream().anyMatch(m -> !GENERATED.contains(m))) {
      return Optional.empty();
    }
    if (value == null) {
      return Optional.empty();
    }
    String text = value instanceof BigDecimal n ? n.toPlainString() : String.valueOf(value);
    if (modifiers.contains("exists")) {
      return text.equals("true") ? Optional.of("present") : Optional.empty();
    }
    if (modifiers.contains("cidr")) {
      int slash = text.indexOf('/');
      return Optional.of(slash < 0 ? text : text.substring(0, slash));
    }
    for (String op : List.of("gt", "gte", "lt", "lte")) {
      if (modifiers.contains(op)) {
        try {
          BigDecimal n = new BigDecimal(text);
          BigDecimal out = switch (op) {
            case "gt" -> n.add(BigDecimal.ONE);
            case "lt" -> n.subtract(BigDecimal.ONE);
            default -> n;
          };
          return Optional.of(out.toPlainString());
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    String plain = expandWildcards(text);
    if (modifiers.contains("contains")) {
      return Optional.of("pre " + plain + " post");
    }
    if (modifiers.contains("startswith")) {
      return Optional.of(plain + " tail");
    }
    if (modifiers.contains("endswith")) {
      return Optional.of("head " + plain);
    }
    return Optional.of(plain);
  }

  /**
   * A Sigma string with each unescaped {@code *} written as {@code x1} and {@code ?} as {@code q}, and
   * {@code \*}, {@code \?}, {@code \\} read as the characters they escape; any other backslash
   * stays.
   */
  static String expandWildcards(String sigma) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sigma.length(); i++) {
      char c = sigma.charAt(i);
      if (c == '\\' && i + 1 < sigma.length() && "*?\\".indexOf(sigma.charAt(i + 1)) >= 0) {
        out.append(sigma.charAt(++i));
      } else if (c == '*') {
        out.append("x1");
      } else if (c == '?') {
        out.append('q');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Near misses of a generated text: the case flipped, one character fewer at each end, slashes
   * turned, a dash turned into a slash (windash's variants), and special characters in the middle.
   * Each is a text both evaluators must judge the same way, whatever that is.
   */
  static List<String> nearMisses(String text) {
    int points = text.codePointCount(0, text.length());
    String middle = text.substring(0, text.offsetByCodePoints(0, points / 2));
    String rest = text.substring(middle.length());
    return List.of(
        flipCase(text),
        points > 1 ? text.substring(text.offsetByCodePoints(0, 1)) : text + "a",
        points > 1 ? text.substring(0, text.offsetByCodePoints(0, points - 1)) : "a" + text,
        text.replace('\\', '/'),
        text.replace('-', '/'),
        middle + "\"'\\*?%_é" + rest,
        "");
  }

  private static String flipCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
        : Character.toUpperCase(c)));
    return out.toString();
  }
}
