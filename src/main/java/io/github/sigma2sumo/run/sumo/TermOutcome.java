package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.source.Span;
import java.util.Objects;

/** One top-level term of a scope or a {@code where} condition and its truth on one message. */
public record TermOutcome(Span span, boolean value) {
  public TermOutcome {
    Objects.requireNonNull(span, "span");
  }
}
