package io.github.sigma2sumo.run.cse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole-value pattern of literal characters, "any one character" and "any run of characters",
 * read from a {@code LIKE} pattern or a {@code matches "wild*card"} pattern, and matched without
 * regexes or backtracking: the pattern is cut at its runs into segments; the first segment must
 * start the value, the last must end it, and each one between is found at its leftmost place after
 * the previous (which is optimal, so nothing is ever retried). Characters are code points, so
 * {@code _} takes one whole non-BMP character; matching is case-sensitive and a wildcard matches
 * line breaks too.
 *
 * <p>{@code LIKE} (docs/cse/rules/cse-rules-syntax.md "like"): {@code %} is any run, {@code _} one
 * character, the escape character ({@code \} unless {@code ESCAPE} names another) makes the next
 * {@code %}, {@code _} or escape character literal ({@code '\%SystemDrive\%\\Users%'} matches
 * {@code %SystemDrive%\Users\John}, the page's example). The page is silent on an escape before any
 * other character; Sumo's built-in rules write {@code '%\cmd.exe'} and mean a backslash, so such an
 * escape and its character both stand for themselves, and so does an escape that ends the pattern.
 *
 * <p>{@code matches "pattern"} (docs/search/search-query-language/search-operators/matches.md:
 * "Patterns use asterisks * as wildcards"): {@code *} is any run and nothing else is special, so
 * there is no escape and {@code ?} is a literal question mark.
 */
final class GlobPattern {

  /** A code point of a segment that stands for any one character. */
  private static final int ANY_ONE = -1;

  /** The segments between runs; the pattern starts (ends) with a run when {@code leadingRun} ({@code trailingRun}). */
  private final List<int[]> segments;
  /** The segments as strings, for those without {@link #ANY_ONE}; null elsewhere. */
  private final String[] literals;
  private final boolean leadingRun;
  private final boolean trailingRun;
  private final boolean needsCodePoints;

  private GlobPattern(List<int[]> segments, boolean leadingRun, boolean trailingRun) {
    this.segments = segments;
    this.leadingRun = leadingRun;
    this.trailingRun = trailingRun;
    this.literals = new String[segments.size()];
    boolean any = false;
    for (int i = 0; i < segments.size(); i++) {
      int[] seg = segments.get(i);
      boolean literal = true;
      for (int cp : seg) {
        literal &= cp != ANY_ONE;
      }
      literals[i] = literal ? new String(seg, 0, seg.length) : null;
      any |= !literal;
    }
    this.needsCodePoints = any;
  }

  /** A LIKE pattern with its escape character; empty when {@code escape} is not one character. */
  static GlobPattern like(String pattern, int escape) {
    Builder b = new Builder();
    int[] cps = pattern.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (c == escape && i + 1 < cps.length && (cps[i + 1] == '%' || cps[i + 1] == '_' || cps[i + 1] == escape)) {
        b.literal(cps[++i]);
      } else if (c == escape) {
        b.literal(c);
      } else if (c == '%') {
        b.run();
      } else if (c == '_') {
        b.one();
      } else {
        b.literal(c);
      }
    }
    return b.build();
  }

  /** A {@code matches} wildcard pattern: only {@code *} is special. */
  static GlobPattern wildcard(String pattern) {
    Builder b = new Builder();
    pattern.codePoints().forEach(c -> {
      if (c == '*') {
        b.run();
      } else {
        b.literal(c);
      }
    });
    return b.build();
  }

  /** The escape character of {@code ESCAPE 'c'}, when it is exactly one character. */
  static Optional<Integer> escapeCharacter(String text) {
    return text.codePointCount(0, text.length()) == 1 ? Optional.of(text.codePointAt(0)) : Optional.empty();
  }

  boolean matches(String value) {
    return needsCodePoints ? matchCodePoints(value.codePoints().toArray()) : matchChars(value);
  }

  private boolean matchChars(String value) {
    int n = segments.size();
    if (n == 0) {
      return leadingRun || value.isEmpty();
    }
    if (!leadingRun && !trailingRun && n == 1) {
      return value.equals(literals[0]);
    }
    int from = 0;
    int last = n - 1;
    int first = 0;
    if (!leadingRun) {
      if (!value.startsWith(literals[0])) {
        return false;
      }
      from = literals[0].length();
      first = 1;
    }
    int end = value.length();
    if (!trailingRun) {
      String tail = literals[last];
      if (end - tail.length() < from || !value.endsWith(tail)) {
        return false;
      }
      end -= tail.length();
      last--;
    }
    for (int i = first; i <= last; i++) {
      int at = value.indexOf(literals[i], from);
      if (at < 0 || at + literals[i].length() > end) {
        return false;
      }
      from = at + literals[i].length();
    }
    return true;
  }

  private boolean matchCodePoints(int[] value) {
    int n = segments.size();
    if (n == 0) {
      return leadingRun || value.length == 0;
    }
    int from = 0;
    int last = n - 1;
    int first = 0;
    if (!leadingRun) {
      int[] head = segments.get(0);
      if (!(n == 1 && !trailingRun ? head.length == value.length : head.length <= value.length)
          || !segmentAt(head, value, 0)) {
        return false;
      }
      from = head.length;
      first = 1;
      if (n == 1) {
        return true;
      }
    }
    int end = value.length;
    if (!trailingRun) {
      int[] tail = segments.get(last);
      if (end - tail.length < from || !segmentAt(tail, value, end - tail.length)) {
        return false;
      }
      end -= tail.length;
      last--;
    }
    for (int i = first; i <= last; i++) {
      int[] seg = segments.get(i);
      int at = find(seg, value, from, end);
      if (at < 0) {
        return false;
      }
      from = at + seg.length;
    }
    return true;
  }

  private static int find(int[] seg, int[] value, int from, int end) {
    for (int at = from; at + seg.length <= end; at++) {
      if (segmentAt(seg, value, at)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean segmentAt(int[] seg, int[] value, int at) {
    for (int k = 0; k < seg.length; k++) {
      if (seg[k] != ANY_ONE && seg[k] != value[at + k]) {
        return false;
      }
    }
    return true;
  }

  private static final class Builder {
    private final List<int[]> segments = new ArrayList<>();
    private final List<Integer> current = new ArrayList<>();
    private boolean leadingRun;
    private boolean trailingRun;
    private boolean started;

    void literal(int c) {
      current.add(c);
      started = true;
      trailingRun = false;
    }

    void one() {
      literal(ANY_ONE);
    }

    void run() {
      if (!started) {
        leadingRun = true;
      } else if (!current.isEmpty()) {
        flush();
      }
      started = true;
      trailingRun = true;
    }

    private void flush() {
      int[] seg = new int[current.size()];
      for (int i = 0; i < seg.length; i++) {
        seg[i] = current.get(i);
      }
      segments.add(seg);
      current.clear();
    }

    GlobPattern build() {
      if (!current.isEmpty()) {
        flush();
      }
      return new GlobPattern(List.copyOf(segments), leadingRun, trailingRun);
    }
  }
}
