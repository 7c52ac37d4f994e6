package io.github.sigma2sumo.lint.policy;

import java.util.List;

/**
 * One inline suppression: the checks it names, the reason given (empty when none), the line whose
 * findings it silences ({@code 0} for {@code sigma2sumo-ignore-file}, the whole file), and where the
 * comment itself is, for the warnings about it.
 */
public record Suppression(List<String> checks, String reason, int line, int commentLine, int commentColumn) {

  /** The line number that stands for the whole file. */
  public static final int WHOLE_FILE = 0;

  public Suppression {
    checks = List.copyOf(checks);
  }

  /** True when this suppression silences a finding of {@code check} on {@code findingLine}. */
  public boolean covers(String check, int findingLine) {
    return (line == WHOLE_FILE || line == findingLine) && checks.contains(check);
  }
}
