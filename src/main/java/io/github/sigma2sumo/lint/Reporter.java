package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.Span;
import java.util.Optional;

/** What a check reports through: it adds the check's id and severity and resolves spans. */
public final class Reporter {

  private final DiagnosticSink sink;
  private final CheckInfo info;

  Reporter(DiagnosticSink sink, CheckInfo info) {
    this.sink = sink;
    this.info = info;
  }

  public void report(Span span, String message) {
    sink.report(info.id(), info.defaultSeverity(), span, message, Optional.empty());
  }

  public void report(Span span, String message, Fix fix) {
    sink.report(info.id(), info.defaultSeverity(), span, message, Optional.of(fix));
  }

  /**
   * A finding at {@code severity} instead of the check's default, for a check whose findings differ
   * in certainty (a likely mistake as an error, a construct that is only suspicious as a warning).
   */
  public void report(Severity severity, Span span, String message) {
    sink.report(info.id(), severity, span, message, Optional.empty());
  }

  public void report(Severity severity, Span span, String message, Fix fix) {
    sink.report(info.id(), severity, span, message, Optional.of(fix));
  }

  /** The source text of a span, for messages that quote the user's query. */
  public String text(Span span) {
    return sink.source().slice(span);
  }
}
