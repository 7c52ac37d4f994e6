package io.github.sigma2sumo.run.sumo;

/** What a prepared stage does: row by row, one row into many, or on all rows at once. */
sealed interface StageWork permits RowStage, ExpandStage, TableStage {}
