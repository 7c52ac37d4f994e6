package io.github.sigma2sumo.run.events;

/**
 * Escaping for the Windows event XML rendering: the one place that knows how a value is written
 * between tags and inside a single-quoted attribute.
 *
 * <p>Text: {@code &}, {@code <} and {@code >} become {@code &amp;}, {@code &lt;} and {@code &gt;}
 * (XML 1.0 section 2.4 requires the first two; Windows writes the third too). Quotes stay as they
 * are in text ({@code CommandLine} values keep their {@code "}). Attributes are single-quoted, as
 * {@code EvtRender} writes them ({@code <Data Name='Image'>}), so {@code '} becomes {@code &apos;}
 * and {@code "} becomes {@code &quot;} there as well. Tab, line feed and carriage return are
 * written as they are; any other control character, and a lone surrogate, as a character reference
 * ({@code &#x1;}): XML 1.0 has no way to write them, and this keeps them visible rather than
 * dropped. Everything else, non-ASCII included, is written as it is (the message is stored as
 * UTF-8).
 */
final class XmlText {
  private XmlText() {}

  static String text(String s) {
    return escape(s, false);
  }

  static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '\'' -> attribute ? "&apos;" : null;
        case '"' -> attribute ? "&quot;" : null;
        case '\t', '\n', '\r' -> null;
        default -> c < 0x20 || c == 0xFFFE || c == 0xFFFF || lone(s, i) ? "&#x" + Integer.toHexString(c).toUpperCase() + ";" : null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /** True for a surrogate at {@code i} that is not half of a pair. */
  private static boolean lone(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
