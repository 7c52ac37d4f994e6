package io.github.sigma2sumo.run.sumo;

import java.util.List;

/**
 * A stage that works on one row at a time: it may change the row and keeps or drops it. Stages up
 * to the first that needs all rows run message by message, so most messages are dropped before
 * any row is kept.
 */
non-sealed interface RowStage extends StageWork {

  /** Applies the stage to the row; false drops it. */
  boolean apply(Slots row);

  /** Why the stage dropped a row, for traces: "parse did not match", "where was false". */
  String dropReason();

  /** For a dropped row, the stage's top-level condition terms and their truth; empty for others. */
  default List<TermOutcome> explain(Slots row) {
    return List.of();
  }

  /** Whether the stage is a parse operator (parse, parse regex, json, keyvalue), for nodrop runs. */
  default boolean isParse() {
    return false;
  }
}
