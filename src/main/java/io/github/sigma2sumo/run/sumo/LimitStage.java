package io.github.sigma2sumo.run.sumo;

import java.util.List;

/** {@code limit n}: the first n rows in their current order (docs search-operators/limit.md). */
final class LimitStage implements TableStage {
  private final long count;

  LimitStage(long count) {
    this.count = count;
  }

  @Override
  public List<Slots> apply(List<Slots> rows, RunContext context) {
    return rows.size() <= count ? rows : rows.subList(0, (int) count);
  }

  @Override
  public boolean aggregates() {
    return false;
  }
}
