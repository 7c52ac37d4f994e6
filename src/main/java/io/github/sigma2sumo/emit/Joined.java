package io.github.sigma2sumo.emit;

import java.util.List;
import java.util.function.Function;

/** Items printed one after another with a separator: what the printers do for every list and every and/or. */
final class Joined {
  private Joined() {}

  /** A plain loop: printing runs on every compiled query, and a stream with a joining collector costs more. */
  static <T> String of(List<? extends T> items, Function<? super T, String> text, String separator) {
    if (items.size() == 1) {
      return text.apply(items.get(0));
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(text.apply(items.get(i)));
    }
    return out.toString();
  }
}
