package io.github.sigma2sumo.run.sumo;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SumoInterpreter#prepare} gives: the prepared query, present exactly when there are no
 * problems, or every problem found (each construct not evaluated locally, each construct Sumo would
 * reject), with its place in the query.
 */
public record Preparation(Optional<PreparedQuery> query, List<Problem> problems) {
  public Preparation {
    problems = List.copyOf(problems);
    if (query.isPresent() != problems.isEmpty()) {
      throw new IllegalArgumentException("a preparation has a query or problems, not both");
    }
  }
}
