package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text split into keyword terms, lower-cased, as Sumo indexes raw messages for the scope (docs
 * get-started-with-search/build-search/keyword-search-expressions.md, "Phrases"): boundaries are
 * "white space, dashes, commas, question marks, exclamation points, brackets, and more", and "the
 * special characters ... would also be indexed as separate keywords".
 *
 * <p>The docs list no exact boundary set, so here a term is a run of letters, digits and
 * underscores ({@code TESTClientImpl}, {@code 1234567}, {@code user_name}), every other
 * character that is not white space is a term of its own ({@code .}, {@code @}, {@code =}), and
 * white space only separates. {@code com.test.services} is then {@code com . test . services}, which
 * gives the page's examples: {@code jsmith@*.com} finds {@code jsmith@some.com} while
 * {@code com*services} does not find {@code com.test.services}.
 *
 * <p>Terms are kept as offsets into the lower-case text, two ints each, so that a message of
 * megabytes costs no string per term.
 */
final class KeywordTerms {
  private final String text;
  private final int[] bounds;
  private final int size;

  private KeywordTerms(String text, int[] bounds, int size) {
    this.text = text;
    this.bounds = bounds;
    this.size = size;
  }

  /** The terms of a message's raw text, given in lower case. */
  static KeywordTerms ofLowerCase(String lower) {
    int[] bounds = new int[16];
    int n = 0;
    int i = 0;
    while (i < lower.length()) {
      int c = lower.codePointAt(i);
      int width = Character.charCount(c);
      if (Character.isWhitespace(c)) {
        i += width;
        continue;
      }
      int start = i;
      if (isTermChar(c, false)) {
        while (i < lower.length() && isTermChar(lower.codePointAt(i), false)) {
          i += Character.charCount(lower.codePointAt(i));
        }
      } else {
        i += width;
      }
      if (2 * n + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * n] = start;
      bounds[2 * n + 1] = i;
      n++;
    }
    return new KeywordTerms(lower, bounds, n);
  }

  /**
   * A query's keyword or phrase split the same way, except that {@code *} and {@code ?} belong to
   * terms: {@code *456*} is one term with wildcards, {@code jsmith@*.com} is {@code jsmith @ * . com}.
   */
  static List<String> ofQuery(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      int c = lower.codePointAt(i);
      int width = Character.charCount(c);
      if (Character.isWhitespace(c)) {
        i += width;
      } else if (isTermChar(c, true)) {
        int start = i;
        while (i < lower.length() && isTermChar(lower.codePointAt(i), true)) {
          i += Character.charCount(lower.codePointAt(i));
        }
        out.add(lower.substring(start, i));
      } else {
        out.add(lower.substring(i, i + width));
        i += width;
      }
    }
    return out;
  }

  int size() {
    return size;
  }

  String term(int i) {
    return text.substring(bounds[2 * i], bounds[2 * i + 1]);
  }

  /** Whether term {@code i} is exactly {@code literal} (lower case, no wildcard). */
  boolean termEquals(int i, String literal) {
    int start = bounds[2 * i];
    int length = bounds[2 * i + 1] - start;
    return length == literal.length() && text.startsWith(literal, start);
  }

  private static boolean isTermChar(int c, boolean wildcards) {
    return Character.isLetterOrDigit(c) || c == '_' || wildcards && (c == '*' || c == '?');
  }
}
