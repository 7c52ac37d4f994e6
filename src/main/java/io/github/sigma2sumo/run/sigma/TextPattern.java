package io.github.sigma2sumo.run.sigma;

/**
 * A {@link SigmaText} ready to match whole field values: {@code *} any run, {@code ?} one code
 * point, a windash slot one of the five dashes, every other character itself. Matching is
 * case-insensitive unless {@code cased} (SigmaHQ/sigma-specification,
 * specification/sigma-rules-specification.md, "General": "All values are treated as
 * case-insensitive strings"; specification/sigma-appendix-modifiers.md, "cased").
 *
 * <p>Case-insensitive means simple case folding of each code point (upper case, then lower
 * case), so that folding never changes a value's length: {@code İ} and {@code ı} fold to
 * {@code i}, {@code ß} stays {@code ß}. {@code ?} is one code point, so an accented letter
 * written with a combining mark counts as two. Matching runs in at most pattern length times
 * value length steps (a star backtracks to the last star only), whatever the pattern.
 */
final class TextPattern {

  private static final int ANY_SEQUENCE = -1;
  private static final int ANY_CHAR = -2;
  private static final int DASH = -3;

  private final int[] tokens;
  private final boolean cased;
  private final String display;

  private TextPattern(int[] tokens, boolean cased, String display) {
    this.tokens = tokens;
    this.cased = cased;
    this.display = display;
  }

  /** {@code text} as a pattern; it must hold no placeholder. */
  static TextPattern of(SigmaText text, boolean cased) {
    int[] out = new int[text.parts().stream().mapToInt(p -> p instanceof SigmaText.Chars c
        ? c.text().codePointCount(0, c.text().length()) : 1).sum()];
    int i = 0;
    for (SigmaText.Part p : text.parts()) {
      if (p instanceof SigmaText.Chars c) {
        for (int cp : c.text().codePoints().toArray()) {
          out[i++] = cased ? cp : fold(cp);
        }
      } else if (p instanceof SigmaText.AnySequence) {
        out[i++] = ANY_SEQUENCE;
      } else if (p instanceof SigmaText.AnyChar) {
        out[i++] = ANY_CHAR;
      } else if (p instanceof SigmaText.Dash) {
        out[i++] = DASH;
      } else {
        throw new IllegalArgumentException("unexpanded placeholder in " + text.display());
      }
    }
    return new TextPattern(out, cased, text.display());
  }

  static int fold(int cp) {
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  /** {@code text} with each code point folded as case-insensitive matching folds it. */
  static String folded(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(fold(cp)));
    return out.toString();
  }

  boolean isCased() {
    return cased;
  }

  /** Whether the whole of {@code value} matches. */
  boolean matches(String value) {
    int[] text = value.codePoints().toArray();
    if (!cased) {
      for (int k = 0; k < text.length; k++) {
        text[k] = fold(text[k]);
      }
    }
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length) {
      if (p < tokens.length && matchesOne(tokens[p], text[t])) {
        p++;
        t++;
      } else if (p < tokens.length && tokens[p] == ANY_SEQUENCE) {
        star = p++;
        resume = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < tokens.length && tokens[p] == ANY_SEQUENCE) {
      p++;
    }
    return p == tokens.length;
  }

  private static boolean matchesOne(int token, int cp) {
    if (token >= 0) {
      return token == cp;
    }
    return token == ANY_CHAR || token == DASH && SigmaText.DASHES.indexOf(cp) >= 0;
  }

  @Override
  public String toString() {
    return display + (cased ? " (cased)" : "");
  }
}
