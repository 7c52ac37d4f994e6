package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code top [n] f, ... [by count]} and {@code count_frequent f, ...}: a count by the fields, the
 * groups with the highest counts first, at most n of them (docs search-operators/top.md,
 * group-aggregate-operators/count-count-distinct-and-count-frequent.md). {@code top} writes the
 * count to {@code _count} and keeps 10 groups when no n is given (the docs always give one);
 * {@code count_frequent} writes {@code _approxcount} (exact here) and keeps 10,000. Equal counts keep
 * the order of their first row.
 */
final class RankedCountStage implements TableStage {
  private final AggregateStage count;
  private final Eval countField;
  private final long keep;

  RankedCountStage(AggregateStage count, Eval countField, long keep) {
    this.count = count;
    this.countField = countField;
    this.keep = keep;
  }

  @Override
  public List<Slots> apply(List<Slots> rows, RunContext context) {
    List<Slots> groups = new ArrayList<>(count.apply(rows, context));
    groups.sort((a, b) -> ValueOrder.compare(countField.eval(a), countField.eval(b), true));
    return groups.size() <= keep ? groups : groups.subList(0, (int) keep);
  }

  @Override
  public boolean aggregates() {
    return true;
  }
}
