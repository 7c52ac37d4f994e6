package io.github.sigma2sumo.run.sumo;

import java.util.List;

/**
 * What a run gives: the rows in Sumo's order, whether they are aggregate rows (one per group) or
 * message rows (one per surviving message), what the run noted (fields read that nothing defines),
 * and the errors that made it stop (a backtracking regex over its budget, too many rows). With an
 * error the rows are those made before it and must not be trusted.
 */
public record Output(List<Row> rows, boolean aggregated, List<String> notes, List<String> errors) {

  public Output {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    errors = List.copyOf(errors);
  }

  public boolean failed() {
    return !errors.isEmpty();
  }

  /** Whether the query fired: it ran without error and yielded at least one row. */
  public boolean fired() {
    return !failed() && !rows.isEmpty();
  }
}
