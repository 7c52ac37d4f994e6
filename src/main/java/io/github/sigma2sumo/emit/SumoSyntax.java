package io.github.sigma2sumo.emit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every lexical rule of Sumo query text in one place: quoting strings, field names, regex literals
 * and scope terms, and the reverse decoding the parser uses. Nothing else builds quoted text.
 *
 * <p>Docs: "Keyword Search Expressions" ({@code \"} inside double quotes), "Reference a Field with
 * Special Characters" ({@code %"name"}), replace.md ({@code \/} inside a regex literal, {@code \\}
 * for a backslash in a string). The docs are silent on other backslash escapes; Sumo's examples
 * pass regex escapes such as {@code \d} through a string unchanged. So strings are encoded so that
 * both readings agree: a backslash is doubled exactly when the next character would otherwise form
 * an escape ({@code \" \\ \n \r \t}) or when it ends the string, and left single otherwise.
 */
public final class SumoSyntax {

  private SumoSyntax() {}

  /** Words that can never be a plain field name or bare term in a stage. */
  private static final Set<String> RESERVED_WORDS =
      Set.of("and", "or", "not", "in", "matches", "contains", "as", "by", "true", "false", "null");

  /** Boolean words of the scope, which a bare term must not be. */
  private static final Set<String> SCOPE_WORDS = Set.of("and", "or", "not");

  private static final Pattern PERCENT_FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\[\\]]*");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\{?[^{}\\r\\n]+}}}?");

  /** A double-quoted string literal whose decoded value is {@code value}. */
  public static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    appendEscaped(out, value);
    return out.append('"').toString();
  }

  /** A field reference: plain when Sumo reads it as one name, otherwise {@code %"name"}. */
  public static String field(String name) {
    if (isPlainFieldName(name)) {
      return name;
    }
    if (PERCENT_FIELD.matcher(name).matches() && name.indexOf('[') >= 0 && !name.contains("..")) {
      return "%" + name; // the form the json docs show for array paths: %users[2].address
    }
    return "%" + string(name);
  }

  /** True when {@code name} can be written without {@code %"..."}. */
  public static boolean isPlainFieldName(String name) {
    return isDottedName(name) && !isReserved(name);
  }

  /**
   * True when {@code name} is {@code [A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*}: words joined by
   * single dots, the first not starting with a digit. Scanned by hand: every printed field asks.
   */
  public static boolean isDottedName(String name) {
    if (name.isEmpty() || !(isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    boolean afterDot = false;
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.') {
        if (afterDot) {
          return false;
        }
        afterDot = true;
      } else if (isLetter(c) || c == '_' || c >= '0' && c <= '9') {
        afterDot = false;
      } else {
        return false;
      }
    }
    return !afterDot;
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  public static boolean isReserved(String word) {
    return RESERVED_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A regex literal {@code /.../}; {@code pattern} must hold no raw line break. */
  public static String regex(String pattern) {
    if (!isWritableRegex(pattern)) {
      throw new IllegalArgumentException("no regex literal can hold " + pattern
          + " (empty, a leading '*', a trailing lone '\\' or a line break)");
    }
    StringBuilder out = new StringBuilder(pattern.length() + 2).append('/');
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
      } else if (c == '/') {
        out.append("\\/");
      } else {
        out.append(c);
      }
    }
    return out.append('/').toString();
  }

  /**
   * Literal text as RE2 regex text: metacharacters get a backslash, control characters a hex
   * escape. The {@code /} is left to {@link #regex}, which writes the literal around it.
   */
  public static String regexQuote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0, cp; i < text.length(); i += Character.charCount(cp)) {
      cp = text.codePointAt(i);
      if ("\\.+*?()|[]{}^$".indexOf(cp) >= 0) {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp < 0x20 || cp == 0x7f || cp == 0x2028 || cp == 0x2029) {
        out.append(String.format("\\x{%x}", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * True when {@code pattern} can be written between slashes and read back as itself. Every valid
   * regex can, except one with a line break (write {@code \n} instead); what cannot (empty, a
   * leading {@code *}, which would open a comment, a trailing lone backslash) is no valid regex.
   */
  public static boolean isWritableRegex(String pattern) {
    int trailingBackslashes = 0;
    for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      trailingBackslashes++;
    }
    return !pattern.isEmpty() && !pattern.startsWith("*") && trailingBackslashes % 2 == 0
        && pattern.indexOf('\n') < 0 && pattern.indexOf('\r') < 0;
  }

  /** A keyword term of the scope: bare when that reads back as the same term, else quoted. */
  public static String scopeTerm(String text, boolean quoted) {
    return quoted || !isBareTerm(text) ? string(text) : text;
  }

  /** A field name in the scope ({@code _sourceCategory}, {@code %"x-event-key"}). */
  public static String scopeFieldName(String name) {
    return isBareTerm(name) && name.indexOf('*') < 0 && name.indexOf('%') != 0 ? name : "%" + string(name);
  }

  /** Characters that end a bare scope term: the complement of TERM_CHAR in SumoLexer.g4. */
  private static final String TERM_BREAKS = " \t\r\n\f\u000B\u00A0\u2028\u2029()\"|=![]{}";

  /** True when {@code text} lexes as exactly one bare term of the scope. */
  public static boolean isBareTerm(String text) {
    if (text.isEmpty() || SCOPE_WORDS.contains(text.toLowerCase(Locale.ROOT))
        || text.startsWith("//") || text.startsWith("/*") || text.startsWith("%\"")
        || text.regionMatches(true, 0, "[subquery", 0, 9)) {
      return false;
    }
    String withoutTemplates = TEMPLATE.matcher(text).replaceAll("t");
    for (int i = 0; i < withoutTemplates.length(); i++) {
      char c = withoutTemplates.charAt(i);
      if (TERM_BREAKS.indexOf(c) >= 0 || (c >= '\u001C' && c <= '\u001F')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A csv/split option character such as {@code ','}: the text between single quotes, kept as the
   * user wrote it (the docs show no escaping rule for it; a quote character is rejected).
   */
  public static String charLiteral(String character) {
    if (character.indexOf('\'') >= 0 || character.indexOf('\n') >= 0 || character.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("cannot write option character: " + character);
    }
    return "'" + character + "'";
  }

  /** A dashboard parameter. */
  public static String template(String name, boolean triple) {
    return triple ? "{{{" + name + "}}}" : "{{" + name + "}}";
  }

  /** Decodes the body of a double-quoted string (without its quotes). Inverse of {@link #string}. */
  public static String decodeString(String body) {
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        out.append(c);
        continue;
      }
      char next = body.charAt(++i);
      switch (next) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        default -> out.append('\\').append(next);
      }
    }
    return out.toString();
  }

  /** Decodes the body of a regex literal (without its slashes): {@code \/} becomes {@code /}. */
  public static String decodeRegex(String body) {
    if (body.indexOf("\\/") < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        if (next != '/') {
          out.append('\\');
        }
        out.append(next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> {
          boolean last = i + 1 >= value.length();
          // the next character is itself written with a backslash, or would form an escape with this one
          boolean formsEscape = !last && "\"\\nrt\n\r\t".indexOf(value.charAt(i + 1)) >= 0;
          out.append(last || formsEscape ? "\\\\" : "\\");
        }
        default -> out.append(c);
      }
    }
  }
}
