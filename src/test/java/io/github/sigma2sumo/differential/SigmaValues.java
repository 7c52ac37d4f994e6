package io.github.sigma2sumo.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
      "cidr", "gt", "gte", "lt", "lte", "exists", "base64", "base64offset");

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
    if (modifiers.contains("base64") || modifiers.contains("base64offset")) {
      return base64(text, modifiers);
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
   * A text holding {@code value} base64-encoded: plain {@code base64} is the encoding of the value
   * itself (around it the text {@code contains}, {@code startswith}, {@code endswith} allow);
   * {@code base64offset} encodes the value after 0, 1 or 2 bytes (chosen by the value's length, so
   * every offset is met across the corpus) and before two more, which is what an encoded command line
   * holding the value somewhere looks like. Only values without wildcards and modifier chains of these
   * alone are written (an encoded wildcard is no wildcard, and UTF-16 is not generated).
   */
  private static Optional<String> base64(String text, List<String> modifiers) {
    if (modifiers.stream().anyMatch(m -> !List.of("base64", "base64offset", "contains", "startswith", "endswith")
        .contains(m)) || text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    Base64.Encoder encoder = Base64.getEncoder();
    if (modifiers.contains("base64offset")) {
      String pad = "ab".substring(0, text.length() % 3);
      return Optional.of(encoder.encodeToString((pad + text + "yz").getBytes(StandardCharsets.UTF_8)));
    }
    String encoded = encoder.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    return Optional.of(modifiers.contains("contains") ? "pre " + encoded + " post"
        : modifiers.contains("startswith") ? encoded + " tail"
        : modifiers.contains("endswith") ? "head " + encoded : encoded);
  }

  /**
   * The edges of a {@code cidr} value: its network's last address (inside) and the address after it
   * (outside, when there is one). Empty for what is not an address literal.
   */
  static List<String> cidrEdges(String cidr) {
    int slash = cidr.indexOf('/');
    String address = slash < 0 ? cidr : cidr.substring(0, slash);
    if (!address.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return List.of(); // a literal only: never a name to resolve
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      int bits = bytes.length * 8;
      int prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
      BigInteger host = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
      BigInteger last = new BigInteger(1, bytes).or(host);
      List<String> edges = new ArrayList<>();
      edges.add(format(last, bytes.length));
      if (last.add(BigInteger.ONE).bitLength() <= bits) {
        edges.add(format(last.add(BigInteger.ONE), bytes.length));
      }
      return edges;
    } catch (UnknownHostException | NumberFormatException e) {
      return List.of();
    }
  }

  private static String format(BigInteger n, int length) throws UnknownHostException {
    byte[] raw = n.toByteArray();
    byte[] out = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    return InetAddress.getByAddress(out).getHostAddress();
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

  /** The names of {@link #nearMisses}, in their order. */
  static final List<String> NEAR_MISSES = List.of("flip-case", "drop-first", "drop-last", "add-first", "add-last",
      "slashes", "dash-to-slash", "dash-to-en-dash", "dash-to-em-dash", "dash-to-bar", "specials", "empty");

  /**
   * Near misses of a generated text: the case flipped, one character fewer and one more at each end
   * (the boundaries of {@code startswith}, {@code endswith} and of an exact value), slashes turned, a
   * dash turned into a slash, an en dash, an em dash and a horizontal bar (windash's variants), special
   * characters in the middle, and the empty string. Each is a text both evaluators must judge the same
   * way, whatever that is.
   */
  static List<String> nearMisses(String text) {
    int points = text.codePointCount(0, text.length());
    String middle = text.substring(0, text.offsetByCodePoints(0, points / 2));
    String rest = text.substring(middle.length());
    return List.of(
        flipCase(text),
        points > 1 ? text.substring(text.offsetByCodePoints(0, 1)) : text + "a",
        points > 1 ? text.substring(0, text.offsetByCodePoints(0, points - 1)) : "a" + text,
        "a" + text,
        text + "a",
        text.replace('\\', '/'),
        text.replace('-', '/'),
        text.replace('-', '\u2013'),
        text.replace('-', '\u2014'),
        text.replace('-', '\u2015'),
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
