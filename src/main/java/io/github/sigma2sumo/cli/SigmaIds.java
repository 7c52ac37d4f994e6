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

  /** A Sigma file loaded, with what the loader reported and the ids of its rules. */
  static final class Loaded {
    private final DiagnosticSink sink;
    private final List<Identified> ids = new ArrayList<>();

    private Loaded(DiagnosticSink sink) {
      this.sink = sink;
    }
  }

  /** Loads one file: safe on any thread, as the files of a run are loaded on every core. */
  static Loaded load(SourceFile source) {
    Loaded out = new Loaded(new DiagnosticSink(source));
    SigmaLoader.Loaded loaded = SigmaLoader.load(source, out.sink);
    loaded.rules().forEach(r -> out.ids.add(new Identified(r.id(), r.keySpan("id"))));
    loaded.correlations().forEach(c -> out.ids.add(new Identified(c.id(), c.keySpan("id"))));
    return out;
  }

  /** The file's findings, its ids checked against those of the files before it: call in input order. */
  List<Diagnostic> lint(Loaded file) {
    for (Identified entry : file.ids) {
      Optional<String> id = entry.id();
      Span span = entry.span();
      if (id.isEmpty()) {
        continue;
      }
      Location here = file.sink.locate(span);
      Location first = firstUse.putIfAbsent(id.get(), here);
      if (first != null) {
        file.sink.report(DUPLICATE_ID, Severity.ERROR, span, "the id " + id.get()
            + " is also the id of the rule at " + first.file() + ":" + first.line() + "; every rule needs its own");
      }
    }
    return file.sink.diagnostics();
  }
}
