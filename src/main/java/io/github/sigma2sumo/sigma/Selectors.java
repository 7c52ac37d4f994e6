package io.github.sigma2sumo.sigma;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

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
    Pattern p = selector.them() ? null : Pattern.compile(
        Pattern.quote(selector.pattern()).replace("*", "\\E.*\\Q"));
    for (String id : identifiers) {
      boolean hidden = id.startsWith("_") && (selector.them() || !selector.pattern().startsWith("_"));
      if (!hidden && (p == null || p.matcher(id).matches())) {
        out.add(id);
      }
    }
    return out;
  }
}
