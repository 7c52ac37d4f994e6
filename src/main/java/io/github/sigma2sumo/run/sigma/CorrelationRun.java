package io.github.sigma2sumo.run.sigma;

import java.util.List;

/**
 * What a correlation made of a sequence of events: its firings in order of the closing event,
 * and the events some referenced rule could not judge ("event 3, rule x: ..."). When
 * {@code errors} is not empty the firings may be incomplete: never read them alone.
 */
public record CorrelationRun(List<Firing> firings, List<String> errors) {
  public CorrelationRun {
    firings = List.copyOf(firings);
    errors = List.copyOf(errors);
  }

  public boolean isComplete() {
    return errors.isEmpty();
  }
}
