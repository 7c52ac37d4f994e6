package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.Objects;

/**
 * Why an expression or a rule cannot be prepared, or why one record could not be evaluated. The
 * span points into the text that was prepared: the expression for a {@link CseExpression}, the
 * rule body for a {@link CseRuleEvaluator} (a problem inside one of the body's expressions names
 * the key and the line and column inside that expression in its message).
 */
public record Problem(Span span, String message) {

  /** The check id under which problems become diagnostics. */
  public static final String CHECK_ID = "cse-evaluation";

  public Problem {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
  }

  /** The problem as an error diagnostic located in {@code source}, the text its span points into. */
  public Diagnostic toDiagnostic(SourceFile source) {
    return new Diagnostic(CHECK_ID, Severity.ERROR, message, new DiagnosticSink(source).locate(clamped(source)),
        java.util.Optional.empty());
  }

  private Span clamped(SourceFile source) {
    int length = source.codePointLength();
    if (span.isSynthetic() || span.start() > length) {
      return Span.SYNTHETIC;
    }
    return new Span(span.start(), Math.min(span.end(), length));
  }
}
