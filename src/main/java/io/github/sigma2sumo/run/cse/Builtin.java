package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.source.Span;
import org.jspecify.annotations.Nullable;

/**
 * A function of Cloud SIEM expressions applied to its evaluated arguments (their number is checked
 * against {@link io.github.sigma2sumo.cse.CseFunctions} before). {@code span} is the call's, for
 * errors.
 */
@FunctionalInterface
interface Builtin {
  @Nullable Object apply(@Nullable Object[] args, Span span);
}
