package io.github.sigma2sumo.testrun;

import java.util.List;
import java.util.Objects;

/**
 * What one evaluator made of a test case: whether it gave the expected result, what it found
 * ("matched 1 of 2 events", "fired"), and with {@code --explain} the parts that decided.
 */
public record Judgement(String evaluator, Status status, String outcome, List<String> explanation) {

  /** How an evaluator's result compares with what the case expects. */
  public enum Status {
    /** The evaluator gave the expected result. */
    EXPECTED,
    /** It gave another result. */
    UNEXPECTED,
    /** It could not give one: the rule does not compile for it, or an event cannot be evaluated. */
    ERROR,
    /** It does not apply to this case (a raw message has no fields for the Sigma evaluator). */
    SKIPPED;

    public String label() {
      return switch (this) {
        case EXPECTED -> "as expected";
        case UNEXPECTED -> "unexpected";
        case ERROR -> "error";
        case SKIPPED -> "skipped";
      };
    }
  }

  public Judgement {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(outcome, "outcome");
    explanation = List.copyOf(explanation);
  }

  static Judgement error(String evaluator, String why) {
    return new Judgement(evaluator, Status.ERROR, why, List.of());
  }

  static Judgement skipped(String evaluator, String why) {
    return new Judgement(evaluator, Status.SKIPPED, why, List.of());
  }
}
