package io.github.sigma2sumo.run.sumo;

import java.util.List;

/**
 * The time range a search covers, epoch milliseconds, start inclusive and end exclusive: what
 * {@code queryStartTime()}, {@code queryEndTime()} and {@code timeslice n buckets} read.
 */
public record TimeRange(long startMillis, long endMillis) {

  public TimeRange {
    if (endMillis < startMillis) {
      throw new IllegalArgumentException("time range ends before it starts");
    }
  }

  /** From the earliest message time to one millisecond after the latest; [0, 1) for none. */
  public static TimeRange covering(List<LogMessage> messages) {
    if (messages.isEmpty()) {
      return new TimeRange(0, 1);
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (LogMessage m : messages) {
      min = Math.min(min, m.messageTimeMillis());
      max = Math.max(max, m.messageTimeMillis());
    }
    return new TimeRange(min, max == Long.MAX_VALUE ? max : max + 1);
  }

  public long lengthMillis() {
    return endMillis - startMillis;
  }
}
