package io.github.sigma2sumo.run.cse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An exact and fast way to search with the RE2 regexes that are only alternatives of literal text
 * and {@code .*}: {@code (?is)^(?:.*\\cmd\.exe|.*\\pwsh\.exe)$}, {@code (?i)^rclone\.conf$},
 * {@code powershell|pwsh}. re2j runs such a regex as an NFA and takes some 20 µs on a short command
 * line; written as literal segments between runs, like a {@link GlobPattern}, it takes well under
 * one. Any other regex is left to re2j.
 *
 * <p>The subset, and why each part means the same here as in RE2 (github.com/google/re2/wiki/Syntax):
 * <ul>
 *   <li>flags {@code (?i)}, {@code (?s)} or both, first; {@code .*} only with {@code s}, where
 *       {@code .} is any character, so {@code .*} is any run;
 *   <li>either one group {@code (?:a|b|...)} (or a capturing one) with {@code ^} and {@code $}
 *       outside it, or alternatives at the top, each with its own {@code ^} and {@code $};
 *       {@code ^} and {@code $} without {@code m} are the start and end of the value;
 *   <li>literal characters, and a backslash before ASCII punctuation, which RE2 reads as that
 *       punctuation.
 * </ul>
 * With {@code (?i)} RE2 folds case by Unicode's simple case folding: an ASCII letter matches its
 * two cases, and {@code k} also the Kelvin sign U+212A and {@code s} the long s U+017F; those are
 * the only non-ASCII characters that fold to ASCII letters; a caseless character ({@link
 * #isCaseless}: an emoji, a dash) matches only itself. An alternative with another non-ASCII
 * letter under {@code (?i)} is left to re2j, for values that are not pure ASCII.
 */
final class Re2Shortcut {

  /**
   * One alternative: literal segments between runs, and whether it is held to the start and end.
   * An uncertain one has a non-ASCII letter under {@code (?i)}, whose case partners are left to
   * re2j.
   */
  private record Alternative(List<String> segments, boolean start, boolean end, boolean uncertain, String source) {}

  /** What {@link #decide} answers when re2j must decide. */
  static final int UNKNOWN = -1;

  private final List<Alternative> alternatives;
  /** Case-insensitive: values are {@link #folded} before the segments (folded too) are looked for. */
  private final boolean fold;
  private final boolean anyUncertain;
  /** The regex of the uncertain alternatives alone, which re2j runs when the value is not pure ASCII. */
  private final String uncertainRegex;

  private Re2Shortcut(List<Alternative> alternatives, boolean fold, String uncertainRegex) {
    this.alternatives = alternatives;
    this.fold = fold;
    this.anyUncertain = alternatives.stream().anyMatch(Alternative::uncertain);
    this.uncertainRegex = uncertainRegex;
  }

  /** The part of the regex that only re2j decides, as a regex (its flags and anchors kept), or empty. */
  Optional<String> uncertainRegex() {
    return anyUncertain ? Optional.of(uncertainRegex) : Optional.empty();
  }

  static Optional<Re2Shortcut> of(String regex) {
    int at = 0;
    boolean fold = false;
    boolean dotAll = false;
    if (regex.startsWith("(?") && regex.indexOf(')') > 2) {
      int close = regex.indexOf(')');
      String flags = regex.substring(2, close);
      if (!flags.chars().allMatch(c -> c == 'i' || c == 's')) {
        return Optional.empty();
      }
      fold = flags.indexOf('i') >= 0;
      dotAll = flags.indexOf('s') >= 0;
      at = close + 1;
    }
    String flagText = regex.substring(0, at);
    String body = regex.substring(at);
    boolean start = false;
    boolean end = false;
    String inner = body;
    if (body.startsWith("^")) {
      start = true;
      inner = inner.substring(1);
    }
    if (inner.endsWith("$") && !inner.endsWith("\\$")) {
      end = true;
      inner = inner.substring(0, inner.length() - 1);
    }
    List<Alternative> alternatives = new ArrayList<>();
    boolean grouped = (inner.startsWith("(?:") || inner.startsWith("(") && !inner.startsWith("(?"))
        && inner.endsWith(")") && !inner.endsWith("\\)");
    if (grouped) {
      String group = inner.substring(inner.startsWith("(?:") ? 3 : 1, inner.length() - 1);
      for (String alt : split(group)) {
        Optional<Alternative> a = alternative(alt, start, end, dotAll, fold, false);
        if (a.isEmpty()) {
          return Optional.empty();
        }
        alternatives.add(a.get());
      }
    } else {
      for (String alt : split(body)) {
        Optional<Alternative> a = alternative(alt, false, false, dotAll, fold, true);
        if (a.isEmpty()) {
          return Optional.empty();
        }
        alternatives.add(a.get());
      }
    }
    List<String> uncertain = alternatives.stream().filter(Alternative::uncertain).map(Alternative::source).toList();
    String rest = grouped ? flagText + (start ? "^" : "") + "(?:" + String.join("|", uncertain) + ")" + (end ? "$" : "")
        : flagText + String.join("|", uncertain);
    return Optional.of(new Re2Shortcut(List.copyOf(alternatives), fold, rest));
  }

  /** The alternatives of a regex at its top level (a group or class inside is refused later, by its brackets). */
  private static List<String> split(String regex) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        out.add(regex.substring(from, i));
        from = i + 1;
      }
    }
    out.add(regex.substring(from));
    return out;
  }

  private static Optional<Alternative> alternative(String alt, boolean start, boolean end, boolean dotAll, boolean fold,
      boolean ownAnchors) {
    String text = alt;
    boolean s = start;
    boolean e = end;
    if (ownAnchors && text.startsWith("^")) {
      s = true;
      text = text.substring(1);
    }
    if (ownAnchors && text.endsWith("$") && !endsEscaped(text)) {
      e = true;
      text = text.substring(0, text.length() - 1);
    }
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean uncertain = false;
    boolean leadingRun = false;
    boolean trailingRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == '*' && dotAll) {
        if (segments.isEmpty() && current.length() == 0) {
          leadingRun = true;
        } else if (current.length() > 0) {
          segments.add(current.toString());
          current.setLength(0);
        }
        trailingRun = true;
        i++;
        continue;
      }
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          return Optional.empty();
        }
        char next = text.charAt(++i);
        if (next >= 128 || Character.isLetterOrDigit(next) || Character.isWhitespace(next) || next < 32) {
          return Optional.empty();
        }
        current.append(next);
      } else if ("()[]{}*+?|^$.".indexOf(c) >= 0) {
        return Optional.empty();
      } else {
        int cp = text.codePointAt(i);
        if (fold && (cp == 0x212A || cp == 0x17F)) {
          return Optional.empty(); // the Kelvin sign and the long s fold to ASCII letters
        }
        uncertain |= fold && cp >= 128 && !isCaseless(cp);
        current.appendCodePoint(cp);
        i += Character.charCount(cp) - 1;
      }
      trailingRun = false;
    }
    if (current.length() > 0) {
      segments.add(current.toString());
    }
    if (fold) {
      segments.replaceAll(Re2Shortcut::folded);
    }
    // a run at an edge lifts the anchor there; no anchor is a run there (a search)
    return Optional.of(new Alternative(List.copyOf(segments), s && !leadingRun, e && !trailingRun, uncertain, alt));
  }

  /**
   * A character that no case folding relates to another: assigned and not alphabetic. Every
   * character with a case folding is alphabetic (cased letters, U+0345, the Roman numerals and the
   * circled letters all are), and Unicode's case folding stability keeps assigned characters from
   * gaining one; emoji, dashes, joiners and variation selectors are caseless.
   */
  static boolean isCaseless(int cp) {
    int type = Character.getType(cp);
    return type != Character.UNASSIGNED && type != Character.SURROGATE && !Character.isAlphabetic(cp);
  }

  private static boolean endsEscaped(String text) {
    int backslashes = 0;
    for (int i = text.length() - 2; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /**
   * 1 when the regex matches somewhere in {@code value}, 0 when it does not, {@link #UNKNOWN} when
   * only re2j can tell: a certain alternative decides a match; an uncertain one can only match a
   * value with a non-ASCII character (its non-ASCII letter folds to non-ASCII characters only, the
   * Kelvin sign and the long s being refused above), so a pure ASCII value decides without it.
   */
  int decide(String value) {
    String haystack = fold ? folded(value) : value;
    for (Alternative a : alternatives) {
      if (!a.uncertain() && matches(a, haystack)) {
        return 1;
      }
    }
    return anyUncertain && !isAscii(value) ? UNKNOWN : 0;
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value with each character replaced by the one that stands for its case class against the
   * pattern's characters: ASCII capitals by their small letters, the Kelvin sign by k and the long
   * s by s; all else as it is. The segments of a case-insensitive alternative are folded the same
   * way, and hold no other character with case partners, so equal text after folding is exactly
   * RE2's case-insensitive match; and the length stays the same.
   */
  static String folded(String value) {
    char[] out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      char f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\u212A' ? 'k' : c == '\u017F' ? 's' : c;
      if (f != c) {
        if (out == null) {
          out = value.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? value : new String(out);
  }

  private static boolean matches(Alternative a, String value) {
    List<String> segs = a.segments();
    int n = segs.size();
    if (n == 0) {
      return !(a.start() && a.end()) || value.isEmpty();
    }
    int from = 0;
    int end = value.length();
    int first = 0;
    int last = n - 1;
    if (a.start()) {
      String head = segs.get(0);
      if (!value.startsWith(head)) {
        return false;
      }
      if (n == 1 && a.end()) {
        return head.length() == value.length();
      }
      from = head.length();
      first = 1;
    }
    if (a.end() && first <= last) {
      String tail = segs.get(last);
      if (end - tail.length() < from || !value.endsWith(tail)) {
        return false;
      }
      end -= tail.length();
      last--;
    }
    for (int i = first; i <= last; i++) {
      String seg = segs.get(i);
      int found = value.indexOf(seg, from);
      if (found < 0 || found + seg.length() > end) {
        return false;
      }
      from = found + seg.length();
    }
    return true;
  }
}
