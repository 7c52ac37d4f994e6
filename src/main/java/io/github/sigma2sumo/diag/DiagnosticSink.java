package io.github.sigma2sumo.diag;

import io.github.sigma2sumo.source.LineMap;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects diagnostics for one source file and turns spans into {@link Location}s. Parsers and
 * checks report here instead of throwing.
 */
public final class DiagnosticSink {

  private final SourceFile source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public DiagnosticSink(SourceFile source) {
    this.source = source;
  }

  public SourceFile source() {
    return source;
  }

  public void report(String checkId, Severity severity, Span span, String message, Optional<Fix> fix) {
    diagnostics.add(new Diagnostic(checkId, severity, message, locate(span), fix));
  }

  public void report(String checkId, Severity severity, Span span, String message) {
    report(checkId, severity, span, message, Optional.empty());
  }

  /** Diagnostics located elsewhere (in another file), kept as they are. */
  public void addAll(List<Diagnostic> located) {
    diagnostics.addAll(located);
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** A span as a location; a synthetic span points at the start of the file. */
  public Location locate(Span span) {
    LineMap map = source.lineMap();
    int start = span.isSynthetic() ? 0 : span.start();
    int end = span.isSynthetic() ? 0 : Math.max(span.end(), start);
    int line = map.line(start);
    int endLine = map.line(end);
    return new Location(source.name(), line, map.column(start), endLine, map.column(end));
  }
}
