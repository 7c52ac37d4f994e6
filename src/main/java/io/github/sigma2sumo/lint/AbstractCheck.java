package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.diag.Severity;

/** A check that states its id, default severity and summary once, in its constructor. */
public abstract class AbstractCheck implements Check {
  private final CheckInfo info;

  protected AbstractCheck(String id, Severity defaultSeverity, String summary) {
    this.info = new CheckInfo(id, defaultSeverity, summary);
  }

  @Override
  public final CheckInfo info() {
    return info;
  }
}
