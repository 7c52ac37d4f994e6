package io.github.sigma2sumo.emit;

/**
 * Text as a JSON string writes it (RFC 8259 §7): {@code "} and {@code \} escaped, control characters
 * as {@code \n}, {@code \t}... or {@code \}{@code u00XX}. With {@code htmlSafe}, also {@code <},
 * {@code >}, {@code &}, U+2028 and U+2029 as {@code \}{@code uXXXX}, as Go's encoding/json writes
 * them (pkg.go.dev/encoding/json, Marshal: "String values encode as JSON strings coerced to valid
 * UTF-8 ... replacing ... <, >, & with \u003c, \u003e, \u0026"). A keyword searched in the raw text
 * of a JSON message must be searched in this form: the message holds {@code C:\\Windows}, never
 * {@code C:\Windows}, and a fix's replacement is written into a JSON export in this form. JSON
 * lets a writer escape any other character too; the writers Sumo's collectors use do not, so the
 * plain form is the one searched.
 */
public final class JsonEscape {
  private JsonEscape() {}

  public static String escape(String text, boolean htmlSafe) {
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
        default -> {
          if (c < 0x20 || (htmlSafe && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'))) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
