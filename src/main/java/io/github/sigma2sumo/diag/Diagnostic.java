package io.github.sigma2sumo.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about one place in one input: a syntax error, a loader error or a lint finding.
 * Everything that goes wrong with a user's input becomes one of these; renderers turn them into
 * text, JSON or SARIF.
 */
public record Diagnostic(
    String checkId, Severity severity, String message, Location location, Optional<Fix> fix) {

  /** File, line, column, then check id and message: the order of every rendered report. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.location().file())
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(Diagnostic::checkId)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fix, "fix");
  }

  // equals and hashCode are written out: the generated ones are built from method handles the
  // first time they run, which spun about 60 classes when a pack removed repeated diagnostics

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d && checkId.equals(d.checkId) && severity == d.severity
        && message.equals(d.message) && location.equals(d.location) && fix.equals(d.fix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(checkId, severity, message, location, fix);
  }
}
