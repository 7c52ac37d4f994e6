package io.github.sigma2sumo.emit;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every lexical rule of Cloud SIEM expression text: quoting strings, field names and regex
 * literals, and the decoding the parser uses. Nothing else builds quoted CSE text.
 *
 * <p>Docs: docs/cse/rules/cse-rules-syntax.md documents single- and double-quoted strings and the
 * escaped double quote {@code "\"foo\""}; it is silent on every other backslash (reference
 * sumo-cloud-siem.md §2.1: Sumo's own rules write {@code '%\cmd.exe'} with one backslash, the
 * pySigma backend doubles them). The reading used here: inside a literal, a backslash and the
 * next character are one pair, and only a pair of backslash and the enclosing quote stands for
 * that quote; every other pair is kept as written. {@link #string} writes a literal only when that
 * reading and the "backslash escapes" reading give the same value, that is when the value has no
 * backslash; the compiler matches any value with a backslash through a regex literal instead,
 * whose escapes RE2 defines.
 */
public final class CseSyntax {

  private CseSyntax() {}

  /** Keywords that cannot be a bare field name. */
  private static final Set<String> RESERVED_WORDS = Set.of("and", "or", "not", "in", "like", "rlike", "between",
      "is", "matches", "true", "false", "null");


  /**
   * A string literal whose value is {@code value}: single quotes (the style of Sumo's rules), or
   * double quotes when the value holds a single quote.
   *
   * @throws IllegalArgumentException when no literal holds the value under the reading above
   */
  public static String string(String value) {
    // only the escaped double quote is documented: a single quote goes inside double quotes as it
    // is. The other quote only for text read from a literal the docs leave open (a backslash before
    // the double quote), which the compiler never writes
    char preferred = value.indexOf('\'') < 0 ? '\'' : '"';
    Optional<String> literal = quoted(value, preferred).or(() -> quoted(value, preferred == '"' ? '\'' : '"'));
    return literal.orElseThrow(() -> new IllegalArgumentException(
        "no Cloud SIEM string literal holds " + value + " (a backslash before a quote or at the end)"));
  }

  /** True when {@link #string} writes {@code value} in a form every reading of the docs agrees on. */
  public static boolean isUnambiguousString(String value) {
    return value.indexOf('\\') < 0 && (value.indexOf('\'') < 0 || value.indexOf('"') < 0);
  }

  private static Optional<String> quoted(String value, char quote) {
    StringBuilder out = new StringBuilder(value.length() + 2).append(quote);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == quote) {
        out.append('\\').append(quote);
      } else if (c == '\\') {
        if (i + 1 >= value.length() || value.charAt(i + 1) == quote) {
          return Optional.empty(); // the pair would be read as an escaped quote, or eat the closing quote
        }
        out.append(c).append(value.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return Optional.of(out.append(quote).toString());
  }

  /** The value of a string token, quotes included in {@code token}. */
  public static String decodeString(String token) {
    char quote = token.charAt(0);
    String body = token.substring(1, token.length() - 1);
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
