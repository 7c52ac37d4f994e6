package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.source.Span;

/** A construct of a rule that cannot be expressed in Sumo: where it is and why. */
final class Unsupported extends Exception {
  private final Span span;

  Unsupported(Span span, String message) {
    super(message, null, false, false);
    this.span = span;
  }

  Span span() {
    return span;
  }
}
