package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A wildcard pattern matched against a whole value: {@code *} stands for any run of characters and,
 * where enabled, {@code ?} for exactly one character (a code point). Nothing escapes a wildcard:
 * the docs give no escape for either (search-operators/matches.md: "Patterns use asterisks * as
 * wildcards"; get-started-with-search/build-search/keyword-search-expressions.md), so a backslash
 * is an ordinary character.
 *
 * <p>Used by {@code matches "..."} (case-sensitive, {@code *} only) and by the scope's metadata
 * and keyword terms (case-insensitive, {@code *} and {@code ?}). A pattern of stars and literal
 * runs only is matched in linear time: the first run must start the value, the last must end it,
 * and each run between is found leftmost after the one before.
 */
final class Glob {
  private final boolean ignoreCase;
  /** Literal runs between stars; with no star, one run that must equal the value. */
  private final String[] runs;
  private final boolean hasStar;
  /** The pattern as code points when it holds a single-character wildcard; else null. */
  private final int[] codePoints;

  private Glob(String pattern, boolean ignoreCase, boolean questionMark) {
    this.ignoreCase = ignoreCase;
    String p = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
    boolean single = questionMark && p.indexOf('?') >= 0;
    this.codePoints = single ? p.codePoints().toArray() : null;
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = p.indexOf('*'); i >= 0; i = p.indexOf('*', from)) {
      parts.add(p.substring(from, i));
      from = i + 1;
    }
    parts.add(p.substring(from));
    this.hasStar = parts.size() > 1;
    this.runs = parts.toArray(String[]::new);
  }

  /** {@code matches "pattern"}: case-sensitive, only {@code *} is a wildcard. */
  static Glob ofMatches(String pattern) {
    return new Glob(pattern, false, false);
  }

  /** A scope term or metadata value: case-insensitive, {@code *} and {@code ?} are wildcards. */
  static Glob scope(String pattern) {
    return new Glob(pattern, true, true);
  }

  boolean matches(String value) {
    return matchesLowerCase(ignoreCase ? value.toLowerCase(Locale.ROOT) : value);
  }

  /** {@link #matches} of a value already in lower case (Locale.ROOT) when the pattern ignores case. */
  boolean matchesLowerCase(String v) {
    if (codePoints != null) {
      return matchesWithSingles(v.codePoints().toArray());
    }
    if (!hasStar) {
      return v.equals(runs[0]);
    }
    String first = runs[0];
    String last = runs[runs.length - 1];
    if (v.length() < first.length() + last.length() || !v.startsWith(first) || !v.endsWith(last)) {
      return false;
    }
    int at = first.length();
    int end = v.length() - last.length();
    for (int i = 1; i < runs.length - 1; i++) {
      String run = runs[i];
      if (run.isEmpty()) {
        continue;
      }
      int found = v.indexOf(run, at);
      if (found < 0 || found + run.length() > end) {
        return false;
      }
      at = found + run.length();
    }
    return true;
  }

  /** Star and single wildcards: the classic two-pointer match with one backtrack point. */
  private boolean matchesWithSingles(int[] text) {
    int[] p = codePoints;
    int t = 0;
    int i = 0;
    int star = -1;
    int mark = 0;
    while (t < text.length) {
      if (i < p.length && (p[i] == '?' || p[i] == text[t]) && p[i] != '*') {
        i++;
        t++;
      } else if (i < p.length && p[i] == '*') {
        star = i++;
        mark = t;
      } else if (star >= 0) {
        i = star + 1;
        t = ++mark;
      } else {
        return false;
      }
    }
    while (i < p.length && p[i] == '*') {
      i++;
    }
    return i == p.length;
  }
}
