package io.github.sigma2sumo.run.cse;

import java.util.Objects;

/**
 * What one expression says about one record: it matches, it does not, or it could not be decided
 * (a construct not evaluated here was needed, a value had the wrong type, a regex gave up). A
 * failure is never read as either answer.
 */
public sealed interface Outcome {

  Outcome MATCH = new Match();
  Outcome NO_MATCH = new NoMatch();

  static Outcome of(boolean matched) {
    return matched ? MATCH : NO_MATCH;
  }

  default boolean isMatch() {
    return this instanceof Match;
  }

  default boolean isFailure() {
    return this instanceof Failure;
  }

  record Match() implements Outcome {}

  record NoMatch() implements Outcome {}

  /** The expression could not be decided for the record, and why. */
  record Failure(Problem problem) implements Outcome {
    public Failure {
      Objects.requireNonNull(problem, "problem");
    }
  }
}
