package io.github.sigma2sumo.run.sumo;

/**
 * {@code timeslice <n><unit> [as f]} and {@code timeslice <n> buckets}: the start of the slice the
 * message time falls in, in epoch milliseconds, in {@code _timeslice} or the alias (docs
 * search-operators/timeslice.md). Slices are aligned to the epoch (UTC), which the docs do not
 * state; {@code n buckets} divides the run's {@link TimeRange} into n slices from its start,
 * rounded up to whole milliseconds. A message time comes from {@code _messagetime}.
 */
final class TimesliceStage implements RowStage {
  private final long sliceMillis;
  private final int buckets;
  private final int messageTime;
  private final int target;

  TimesliceStage(long sliceMillis, int buckets, int messageTime, int target) {
    this.sliceMillis = sliceMillis;
    this.buckets = buckets;
    this.messageTime = messageTime;
    this.target = target;
  }

  @Override
  public boolean apply(Slots row) {
    long slice = sliceMillis;
    long origin = 0;
    if (buckets > 0) {
      TimeRange range = row.context().range();
      slice = Math.max(1, (range.lengthMillis() + buckets - 1) / buckets);
      origin = range.startMillis();
    }
    var time = Numbers.of(row.get(messageTime));
    if (time.isEmpty()) {
      row.set(target, Value.NULL);
      return true;
    }
    long t = (long) time.getAsDouble();
    row.set(target, Value.of((double) (origin + Math.floorDiv(t - origin, slice) * slice)));
    return true;
  }

  @Override
  public String dropReason() {
    return "timeslice drops no row";
  }
}
