package io.github.sigma2sumo.run.sumo;

import java.util.List;

/** A stage that needs all rows at once: aggregations, sort, limit, dedup, top. */
non-sealed interface TableStage extends StageWork {

  List<Slots> apply(List<Slots> rows, RunContext context);

  /** Whether the stage makes aggregate rows (one per group) out of message rows. */
  boolean aggregates();
}
