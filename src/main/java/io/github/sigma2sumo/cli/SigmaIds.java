package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints Sigma files for {@code sigma2sumo lint}: everything the loader reports (YAML, structure,
 * modifiers, conditions, metadata, suspicious values) and ids used by more than one rule across
 * all the files of the run (pySigma's {@code identifier_uniqueness} validator).
 */
final class SigmaIds {
  static final String DUPLICATE_ID = "sigma-duplicate-id";

  private final Map<String, Location> firstUse = new HashMap<>();

  private record Identified(Optional<String> id, Span span) {}

  List<Diagnostic> lint(SourceFile source) {
    DiagnosticSink sink = new DiagnosticSink(source);
    SigmaLoader.Loaded loaded = SigmaLoader.load(source, sink);
    List<Identified> ids = new ArrayList<>();
    loaded.rules().forEach(r -> ids.add(new Identified(r.id(), r.span())));
    loaded.correlations().forEach(c -> ids.add(new Identified(c.id(), c.span())));
    for (Identified entry : ids) {
      Optional<String> id = entry.id();
      Span span = entry.span();
      if (id.isEmpty()) {
        continue;
      }
      Location here = sink.locate(new Span(span.start(), span.start()));
      Location first = firstUse.putIfAbsent(id.get(), here);
      if (first != null) {
        sink.report(DUPLICATE_ID, Severity.ERROR, new Span(span.start(), span.start()), "the id " + id.get()
            + " is also the id of the rule at " + first.file() + ":" + first.line() + "; every rule needs its own");
      }
    }
    return sink.diagnostics();
  }
}
