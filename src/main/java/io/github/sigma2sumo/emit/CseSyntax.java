package io.github.sigma2sumo.emit;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every lexical rule of Cloud SIEM expression text: quoting strings, field names and regex
 * literals, and the decoding the parser uses. Nothing else builds quoted CSE text.
 *
 * <p>Strings (docs/cse/rules/cse-rules-syntax.md, "Escaped double quote are supported":
 * {@code "\"foo\""} is {@code "foo"}; reference sumo-cloud-siem.md §2.1). A single-quoted string has
 * no escapes: it ends at the next {@code '} and a backslash is an ordinary character. Sumo's own
 * rules are only valid that way: {@code rlike '[a-z]:\\'} is a regex only if {@code \\} stays two
 * characters, {@code like '%:\Program Files (x86)\'} is closed only if {@code \'} does not escape the
 * quote, and {@code like '%\Windows\System32\...'} matches a path only if {@code \W} stays two
 * characters. A double-quoted string keeps the documented escape: a backslash and the next
 * character are one pair, a pair of backslash and {@code "} stands for {@code "}, and every other
 * pair is kept as written (the docs are silent on those; this keeps the text as the author wrote
 * it, which is what the single-quoted form does for every backslash).
 *
 * <p>{@link #string} writes single quotes for every value without {@code '}, as Sumo's rules do, and
 * double quotes only for a value holding {@code '}.
 */
public final class CseSyntax {

  private CseSyntax() {}

  /** Keywords that cannot be a bare field name. */
  private static final Set<String> RESERVED_WORDS = Set.of("and", "or", "not", "in", "like", "rlike", "between",
      "is", "matches", "true", "false", "null");


  /**
   * A string literal whose value is {@code value}: single quotes, or double quotes when the value
   * holds a single quote.
   *
   * @throws IllegalArgumentException when no literal holds the value (a value with {@code '} whose
   *     backslash would pair with a {@code "} or end the literal)
   */
  public static String string(String value) {
    if (value.indexOf('\'') < 0) {
      return "'" + value + "'";
    }
    return doubleQuoted(value).orElseThrow(() -> new IllegalArgumentException("no Cloud SIEM string literal holds "
        + value + " (a single quote, and a backslash before a double quote or at the end)"));
  }

  /** True when {@link #string} can write {@code value}. */
  public static boolean isWritable(String value) {
    return value.indexOf('\'') < 0 || doubleQuoted(value).isPresent();
  }

  /**
   * True when {@link #string} writes {@code value} in a form every reading agrees on: single quotes,
   * or double quotes with no backslash, since the docs leave a backslash before anything but
   * {@code "} in double quotes open (kept here, dropped by a reading where it escapes). The
   * compiler writes only such literals and matches any other value through a regex.
   */
  public static boolean isUnambiguousString(String value) {
    return value.indexOf('\'') < 0 || value.indexOf('\\') < 0;
  }

  private static Optional<String> doubleQuoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append("\\\"");
      } else if (c == '\\') {
        if (i + 1 >= value.length() || value.charAt(i + 1) == '"') {
          return Optional.empty(); // the pair would be read as an escaped quote, or eat the closing quote
        }
        out.append(c).append(value.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return Optional.of(out.append('"').toString());
  }

  /** The value of a string token, quotes included in {@code token}. */
  public static String decodeString(String token) {
    char quote = token.charAt(0);
    String body = token.substring(1, token.length() - 1);
    if (quote == '\'') {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        if (next != quote) {
          out.append(c);
        }
        out.append(next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A bare field name: a normalized schema field or a dotted path; {@code fields['x']} is an index. */
  public static String field(String name) {
    if (!isPlainFieldName(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a Cloud SIEM field name; read it as fields['...']");
    }
    return name;
  }

  public static boolean isPlainFieldName(String name) {
    return SumoSyntax.isDottedName(name) && !RESERVED_WORDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** A regex literal {@code /.../}: the same form and escapes as in log search. */
  public static String regex(String pattern) {
    return SumoSyntax.regex(pattern);
  }
}
