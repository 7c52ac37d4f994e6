package io.github.sigma2sumo.run.sigma;

import java.util.Objects;

/** Whether a search identifier of a rule (or of a filter applied to it, {@code scope}) held on an event. */
public record SearchVerdict(String scope, String identifier, boolean matched) {
  public SearchVerdict {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(identifier, "identifier");
  }
}
