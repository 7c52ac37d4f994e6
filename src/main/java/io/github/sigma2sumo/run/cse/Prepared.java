package io.github.sigma2sumo.run.cse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of preparing an expression or a rule: the prepared value exactly when there is no
 * problem, else every problem found (they are all collected, not only the first).
 */
public record Prepared<T>(Optional<T> value, List<Problem> problems) {

  public Prepared {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
    if (value.isPresent() != problems.isEmpty()) {
      throw new IllegalArgumentException("a prepared value comes with no problem, and problems with no value");
    }
  }

  static <T> Prepared<T> of(T value) {
    return new Prepared<>(Optional.of(value), List.of());
  }

  static <T> Prepared<T> failed(List<Problem> problems) {
    return new Prepared<>(Optional.empty(), problems);
  }

  public boolean isReady() {
    return value.isPresent();
  }
}
