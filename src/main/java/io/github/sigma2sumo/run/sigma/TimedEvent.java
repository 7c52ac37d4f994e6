package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.time.Instant;
import java.util.Objects;

/** An event object with the time it happened, as a correlation reads events. */
public record TimedEvent(Instant time, YMap event) {
  public TimedEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(event, "event");
  }
}
