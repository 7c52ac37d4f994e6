package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import org.jspecify.annotations.Nullable;

/** One record being evaluated, with the values that the expression's {@code json} clauses extracted. */
final class Frame {
  final YMap record;
  final @Nullable Object[] aliases;

  Frame(YMap record, int aliasCount) {
    this.record = record;
    this.aliases = new Object[aliasCount];
  }
}
