package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
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
 */
final class KeywordTerms {
  private final String[] terms;

  private KeywordTerms(String[] terms) {
    this.terms = terms;
  }

  static KeywordTerms of(String text) {
    return new KeywordTerms(split(text.toLowerCase(Locale.ROOT), false).toArray(String[]::new));
  }

  /**
   * A query's keyword or phrase split the same way, except that {@code *} and {@code ?} belong to
   * terms: {@code *456*} is one term with wildcards, {@code jsmith@*.com} is {@code jsmith @ * . com}.
   */
  static List<String> ofQuery(String text) {
    return split(text.toLowerCase(Locale.ROOT), true);
  }

  int size() {
    return terms.length;
  }

  String term(int i) {
    return terms[i];
  }

  private static List<String> split(String text, boolean wildcards) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (Character.isWhitespace(c)) {
        i += width;
      } else if (isTermChar(c, wildcards)) {
        int start = i;
        while (i < text.length() && isTermChar(text.codePointAt(i), wildcards)) {
          i += Character.charCount(text.codePointAt(i));
        }
        out.add(text.substring(start, i));
      } else {
        out.add(text.substring(i, i + width));
        i += width;
      }
    }
    return out;
  }

  private static boolean isTermChar(int c, boolean wildcards) {
    return Character.isLetterOrDigit(c) || c == '_' || wildcards && (c == '*' || c == '?');
  }
}
