package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --fail-on}: the severity from which findings make a command exit 1. */
enum FailOn {
  error, warning, never;

  /** The option, shared by the commands that report findings. */
  static OptionSpec option() {
    return OptionSpec.builder("--fail-on").paramLabel("SEVERITY").type(FailOn.class).defaultValue("error")
        .description("Exit 1 on findings of this severity or worse: error, warning or never "
            + "(default: ${DEFAULT-VALUE}).").build();
  }

  /** True when some diagnostic is at or above this threshold. */
  boolean reached(List<Diagnostic> diagnostics) {
    if (this == never) {
      return false;
    }
    Severity threshold = this == error ? Severity.ERROR : Severity.WARNING;
    return diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(threshold));
  }
}
