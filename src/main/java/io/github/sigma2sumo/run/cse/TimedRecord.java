package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.util.Objects;

/** A normalized record with the time Cloud SIEM gives it (epoch milliseconds), as a rule receives it. */
public record TimedRecord(long timeMillis, YMap record) {
  public TimedRecord {
    Objects.requireNonNull(record, "record");
  }
}
