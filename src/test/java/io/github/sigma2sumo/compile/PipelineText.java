package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import java.util.Optional;

/** Pipelines read from YAML text in tests, with what the loader reported. */
final class PipelineText {
  private PipelineText() {}

  /** The pipeline of {@code yaml}, its diagnostics added to {@code problems}. */
  static Optional<Pipeline> load(String yaml, List<Diagnostic> problems) {
    DiagnosticSink sink = new DiagnosticSink(SourceFile.of("p.yml", yaml));
    Optional<Pipeline> pipeline = PipelineLoader.load(sink.source(), sink);
    problems.addAll(sink.diagnostics());
    return pipeline;
  }

  /** The first processing item of {@code yaml}. */
  static Optional<Pipeline.Item> firstItem(String yaml, List<Diagnostic> problems) {
    return load(yaml, problems).map(p -> p.items().get(0));
  }
}
