package io.github.sigma2sumo.run.sumo;

/**
 * A run that would go past a limit meant for hostile input (more than {@link RunContext#MAX_ROWS}
 * rows, a backtracking regex over its budget): the run stops and its {@link Output} carries the
 * message as an error.
 */
class RunLimitExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunLimitExceeded(String message) {
    super(message, null, false, false);
  }
}
