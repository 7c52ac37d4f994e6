package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.sigma.SigmaString;

/**
 * Turns Sigma string values into RE2 regex text, anchored at both ends so that the result means
 * the same whether Sumo's {@code matches /re/} tests the whole value or searches in it (the docs
 * do not say which; reference sumo-search-language.md §8.2, §10.2 item 3). Literal text is quoted
 * by {@link SumoSyntax#regexQuote} and the literal written by {@link SumoSyntax#regex}: the one
 * escaping layer.
 */
final class RegexText {
  private RegexText() {}

  /** {@code (?is)^...$} (or {@code (?s)} when cased): {@code *} is {@code .*}, {@code ?} is {@code .}. */
  static String of(SigmaString value, boolean cased) {
    return (cased ? "(?s)^" : "(?is)^") + body(value) + "$";
  }

  /** Several values as one regex: {@code (?is)^(?:a.*|.*b)$}. */
  static String anyOf(java.util.List<SigmaString> values, boolean cased) {
    java.util.StringJoiner alternatives = new java.util.StringJoiner("|", "(?:", ")");
    values.forEach(v -> alternatives.add(body(v)));
    return (cased ? "(?s)^" : "(?is)^") + alternatives + "$";
  }

  private static String body(SigmaString value) {
    StringBuilder out = new StringBuilder();
    for (SigmaString.Part p : value.parts()) {
      if (p instanceof SigmaString.Part.Literal l) {
        out.append(SumoSyntax.regexQuote(l.text()));
      } else if (p instanceof SigmaString.Part.AnyRun) {
        out.append(".*");
      } else if (p instanceof SigmaString.Part.AnyChar) {
        out.append('.');
      } else {
        throw new IllegalArgumentException("unresolved placeholder in " + value);
      }
    }
    return out.toString();
  }

  /**
   * A Sigma {@code |re} value with its flags, wrapped so that it is found anywhere in the value (Sigma
   * regexes are unanchored searches) under either reading of Sumo's matches.
   */
  static String search(String pattern, java.util.Set<Character> flags) {
    StringBuilder f = new StringBuilder();
    for (char c : new char[] {'i', 'm', 's'}) {
      if (flags.contains(c)) {
        f.append(c);
      }
    }
    return "^(?s:.*)(?" + f + ":" + pattern + ")(?s:.*)$";
  }
}
