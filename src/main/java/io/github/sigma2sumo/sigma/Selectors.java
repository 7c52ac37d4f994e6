package io.github.sigma2sumo.sigma;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which search identifiers a selector names: {@code them} is every identifier not starting with
 * {@code _}; a pattern matches whole names with {@code *} as any run, and skips {@code _} names
 * unless it starts with {@code _} itself (pySigma; reference sigma.md §4.1).
 */
public final class Selectors {
  private Selectors() {}

  /** The matching identifiers, in the order of {@code identifiers}. */
  public static List<String> matching(Condition.Selector selector, Collection<String> identifiers) {
    List<String> out = new ArrayList<>();
    for (String id : identifiers) {
      boolean hidden = id.startsWith("_") && (selector.them() || !selector.pattern().startsWith("_"));
      if (!hidden && (selector.them() || glob(selector.pattern(), id))) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * Whether {@code text} is {@code pattern} with each {@code *} standing for any run. Matched by
   * hand in at most pattern-length times text-length steps: a regex of the pattern backtracks
   * exponentially on runs of stars ({@code 1 of s*****el_***}).
   */
  static boolean glob(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
        p++;
        t++;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
