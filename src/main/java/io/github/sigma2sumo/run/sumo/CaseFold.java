package io.github.sigma2sumo.run.sumo;

/**
 * RE2's case-insensitive equality of characters ({@code (?i)}), without a regex engine: two code
 * points are equal when they fold to the same one. RE2 folds by Unicode simple case folding
 * (github.com/google/re2/wiki/Syntax); here a code point folds to the lower case of its upper case
 * (Java's {@code Character} mappings), which gives the same classes as re2j's fold table except for
 * a few characters that therefore fold to themselves: U+0130 and U+0131 (dotted capital and dotless
 * small i, which RE2 does not fold to i) and U+1C80..U+1C88 (Cyrillic small letter variants that
 * re2j's table leaves out of their letters' classes). CaseFoldTest checks the classes of every
 * code point against re2j's own table. A pattern holding one of those characters is not matched
 * through this class ({@link #isReliable}).
 */
final class CaseFold {
  private CaseFold() {}

  static int fold(int c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    if (isException(c)) {
      return c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static boolean isException(int c) {
    return c == 0x130 || c == 0x131 || c >= 0x1C80 && c <= 0x1C88;
  }

  /** Whether a pattern character's class is the one RE2 uses. */
  static boolean isReliable(int c) {
    return !isException(c);
  }

  /** The text with every code point folded. */
  static String fold(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    while (i < n) {
      int c = s.codePointAt(i);
      out.appendCodePoint(fold(c));
      i += Character.charCount(c);
    }
    return out.toString();
  }
}
