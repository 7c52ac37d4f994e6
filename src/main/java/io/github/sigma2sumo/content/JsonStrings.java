package io.github.sigma2sumo.content;

/**
 * Text as a JSON string's content writes it (RFC 8259 §7): {@code "} and {@code \} escaped, the
 * control characters as {@code \n}, {@code \t}... or {@code \}{@code u00XX}; everything else as it
 * is. Used to write a fix's replacement into a JSON export.
 */
public final class JsonStrings {
  private JsonStrings() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }
}
