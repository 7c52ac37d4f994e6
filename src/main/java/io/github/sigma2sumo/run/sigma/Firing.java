package io.github.sigma2sumo.run.sigma;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One time a correlation fires: the window {@code [start, end]} (end is the time of the event
 * that closes it, start is end minus the timespan), the group-by values of its bucket (group-by
 * field or alias name to the value's text, in group-by order), the referenced rules' events in
 * the window in time order, and the aggregate the condition compared (the count, the sum ...).
 */
public record Firing(Instant start, Instant end, Map<String, String> group, List<TimedEvent> events,
    BigDecimal value) {
  public Firing {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    group = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(group));
    events = List.copyOf(events);
    Objects.requireNonNull(value, "value");
  }
}
