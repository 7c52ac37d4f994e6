package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.math.BigDecimal;

/**
 * Compact JSON (no spaces, RFC 8259) of a tree, in one of the two escaping styles the shippers
 * use; the one place that knows how a string is written in the JSON renderings.
 *
 * <ul>
 *   <li>{@link Style#JAVA}: what Java's jackson-core writes: {@code "} and {@code \} escaped,
 *       {@code \b \t \n \f \r} as short escapes, other control characters as {@code \}{@code u00XX}
 *       (upper-case hex), everything else as it is. The Installed Collector is a Java program.
 *   <li>{@link Style#GO}: what Go's {@code encoding/json} writes (the OpenTelemetry collector is a
 *       Go program): as above with lower-case hex, and {@code <}, {@code >}, {@code &}, U+2028 and
 *       U+2029 escaped as {@code \}{@code u003c} and so on (its default HTML-safe escaping); a
 *       lone surrogate, which Go cannot hold, becomes U+FFFD.
 * </ul>
 * A lone surrogate in the Java style is written as its {@code \}{@code uXXXX} escape.
 */
final class JsonText {

  enum Style { JAVA, GO }

  private JsonText() {}

  static String write(YNode node, Style style) {
    StringBuilder out = new StringBuilder();
    write(node, style, out);
    return out.toString();
  }

  static void write(YNode node, Style style, StringBuilder out) {
    if (node instanceof YMap m) {
      out.append('{');
      boolean first = true;
      for (Entry e : m.entries().values()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(e.key(), style, out);
        out.append(':');
        write(e.value(), style, out);
      }
      out.append('}');
    } else if (node instanceof YList l) {
      out.append('[');
      for (int i = 0; i < l.items().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(l.items().get(i), style, out);
      }
      out.append(']');
    } else {
      Object v = ((YScalar) node).value();
      if (v == null) {
        out.append("null");
      } else if (v instanceof BigDecimal n) {
        out.append(n.toString());
      } else if (v instanceof Boolean b) {
        out.append(b.booleanValue());
      } else {
        string(v.toString(), style, out);
      }
    }
  }

  static void string(String s, Style style, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            unicode(c, style, out);
          } else if (style == Style.GO && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029')) {
            unicode(c, style, out);
          } else if (Character.isSurrogate(c) && !paired(s, i)) {
            if (style == Style.GO) {
              out.append('\ufffd');
            } else {
              unicode(c, style, out);
            }
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicode(char c, Style style, StringBuilder out) {
    String hex = String.format("%04x", (int) c);
    out.append("\\u").append(style == Style.JAVA ? hex.toUpperCase() : hex);
  }

  private static boolean paired(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
