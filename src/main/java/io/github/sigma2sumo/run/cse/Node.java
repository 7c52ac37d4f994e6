package io.github.sigma2sumo.run.cse;

import org.jspecify.annotations.Nullable;

/**
 * One prepared piece of an expression: evaluates to a value (see {@link Coercions}) for a record,
 * or raises {@link EvaluationError}. Conditions evaluate to {@link Boolean}. Nodes are immutable
 * and shared by every thread that evaluates the expression.
 */
@FunctionalInterface
interface Node {
  @Nullable Object eval(Frame frame);
}
