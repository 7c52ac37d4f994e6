package io.github.sigma2sumo.run.sigma;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a rule matched an event or not: the verdict of the condition(s), each search identifier's
 * verdict and each detection item's, in the order of the rule's detection, then of its filters.
 * When {@code error} is present the event could not be judged and {@code matched} is false
 * (never read it alone); the verdicts gathered before the error are kept.
 */
public record Explanation(boolean matched, Optional<String> error, List<SearchVerdict> searches,
    List<ItemVerdict> items) {

  public Explanation {
    Objects.requireNonNull(error, "error");
    searches = List.copyOf(searches);
    items = List.copyOf(items);
    if (matched && error.isPresent()) {
      throw new IllegalArgumentException("an explanation with an error has no match");
    }
  }

  public boolean isError() {
    return error.isPresent();
  }
}
