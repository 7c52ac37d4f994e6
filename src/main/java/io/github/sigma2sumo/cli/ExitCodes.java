package io.github.sigma2sumo.cli;

/** The process exit codes, listed in {@code --help}. */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  /** Findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;
  /** Bad command line, or an input that cannot be read (missing, binary, not UTF-8). */
  public static final int USAGE = 2;
  /** A bug in sigma2sumo. */
  public static final int INTERNAL = 4;
}
