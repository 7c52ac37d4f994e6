package io.github.sigma2sumo.diag;

import java.util.Locale;

/** How serious a diagnostic is; maps one to one to SARIF's {@code result.level}. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case word used in text output, JSON and SARIF. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
