package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.Objects;

/**
 * Why a query cannot be run locally, found when it is prepared: a construct the interpreter does
 * not evaluate ({@link Kind#NOT_EVALUATED}, "`transpose` is not evaluated locally") or a query Sumo
 * itself would reject ({@link Kind#INVALID}, such as a {@code parse regex} without a named group).
 * {@code construct} names the operator, function or option; {@code span} is where it stands.
 */
public record Problem(Kind kind, String construct, String message, Span span) {

  /** The check id under which problems become diagnostics. */
  public static final String CHECK_ID = "sumo-run";

  public enum Kind { NOT_EVALUATED, INVALID }

  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(construct, "construct");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
  }

  static Problem notEvaluated(String construct, Span span) {
    return new Problem(Kind.NOT_EVALUATED, construct, "`" + construct + "` is not evaluated locally", span);
  }

  static Problem notEvaluated(String construct, String why, Span span) {
    return new Problem(Kind.NOT_EVALUATED, construct,
        "`" + construct + "` is not evaluated locally: " + why, span);
  }

  static Problem invalid(String construct, String message, Span span) {
    return new Problem(Kind.INVALID, construct, message, span);
  }

  /** This problem as an error at its place in {@code source}, the text the query was parsed from. */
  public Diagnostic toDiagnostic(SourceFile source) {
    DiagnosticSink sink = new DiagnosticSink(source);
    sink.report(CHECK_ID, Severity.ERROR, span, message);
    return sink.diagnostics().get(0);
  }
}
