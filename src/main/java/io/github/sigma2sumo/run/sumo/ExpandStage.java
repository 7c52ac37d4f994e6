package io.github.sigma2sumo.run.sumo;

import java.util.List;

/** A stage that turns one row into any number of rows: {@code parse regex ... multi}. */
non-sealed interface ExpandStage extends StageWork {

  /** The rows the row becomes, in order; empty drops it. */
  List<Slots> expand(Slots row);

  String dropReason();
}
