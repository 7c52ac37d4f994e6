package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.source.Span;

/**
 * Raised inside the evaluation nodes when a record cannot be decided; caught where evaluation
 * starts ({@link CseExpression}) and turned into an {@link Outcome.Failure}. It never leaves this
 * package, and carries no stack trace since it is an answer, not a bug.
 */
final class EvaluationError extends RuntimeException {

  private final transient Span span;

  EvaluationError(Span span, String message) {
    super(message, null, false, false);
    this.span = span;
  }

  Problem problem() {
    return new Problem(span, getMessage());
  }
}
