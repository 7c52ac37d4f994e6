package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.PipelineLoader;
import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.diag.render.TextRenderer;
import io.github.sigma2sumo.source.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --pipeline} and {@code --no-default-pipelines}, shared by {@code compile} and {@code pack}. */
final class PipelineOptions {
  /**
   * The built-in pipelines' names, read when the help shows them: reading them is the first read
   * of a resource from the jar, which costs the main thread ~10 ms that the preload thread pays anyway.
   */
  private static final Iterable<String> BUILT_IN_NAMES = () -> Pipelines.selectableNames().iterator();

  private PipelineOptions() {}

  /** Adds the two options to {@code spec}. */
  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-p", "--pipeline").paramLabel("NAME|FILE").type(List.class)
        .auxiliaryTypes(String.class).completionCandidates(BUILT_IN_NAMES)
        .description("A built-in pipeline (${COMPLETION-CANDIDATES}) or a pipeline YAML file; repeatable, applied "
            + "after the default pipelines in order of priority, then as given. A Windows format (windows-xml, "
            + "windows-otel, windows-legacy) replaces the default one, windows-json.").build());
    spec.addOption(CommandModels.flag("--no-default-pipelines", "Apply only the pipelines given with --pipeline."));
  }

  /**
   * The default pipelines of {@code target} (unless --no-default-pipelines), then those given to
   * {@code spec}, ordered by priority; empty after reporting on {@code err} when one does not load.
   */
  static Optional<List<Pipeline>> load(CommandSpec spec, Target target, PrintWriter err,
      Map<String, SourceFile> sources) {
    return load(spec, target, err, sources, List.of());
  }

  /**
   * As {@link #load}, with {@code settings} (a settings file's {@code pipelines}, paths already
   * resolved) standing for {@code --pipeline} when none is given.
   */
  static Optional<List<Pipeline>> load(CommandSpec spec, Target target, PrintWriter err,
      Map<String, SourceFile> sources, List<String> settings) {
    return load(spec, target, err, sources, settings, false);
  }

  /**
   * As {@link #load}; a built-in pipeline of the other target (a log-search format given while
   * compiling for Cloud SIEM) is left out, with a warning on {@code err} unless {@code quiet}.
   */
  static Optional<List<Pipeline>> load(CommandSpec spec, Target target, PrintWriter err,
      Map<String, SourceFile> sources, List<String> settings, boolean quiet) {
    boolean noDefaults = CommandModels.given(spec, "--no-default-pipelines");
    List<Pipeline> defaults = new ArrayList<>();
    List<Pipeline> users = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    if (!noDefaults) {
      Pipelines.parseFromLast(target);
    }
    List<String> given = CommandModels.values(spec, "--pipeline");
    List<String> asked = given.isEmpty() ? settings : given;
    List<String> names = new ArrayList<>(noDefaults ? List.of() : Pipelines.defaultNames(target, asked));
    int defaultCount = names.size();
    names.addAll(asked);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      List<Pipeline> out = i < defaultCount ? defaults : users;
      DiagnosticSink sink;
      Optional<Pipeline> p;
      boolean builtIn = Pipelines.selectableNames().contains(name) && !Files.exists(Path.of(name));
      if (builtIn && Pipelines.targetOf(name) != target) {
        if (!quiet) {
          err.println(name + ": warning: left out: it shapes " + (target == Target.CSE ? "log searches" : "Cloud SIEM "
              + "rules") + ", and this run compiles for " + target.id());
        }
        continue;
      }
      if (builtIn) {
        sink = new DiagnosticSink(SourceFile.of(name, ""));
        p = Pipelines.builtIn(name, sink);
      } else if (!Files.exists(Path.of(name)) && !name.endsWith(".yml") && !name.endsWith(".yaml")) {
        err.println(name + ": error: not a built-in pipeline, nor a file" + Suggestions.closest(name,
            Pipelines.selectableNames()).map(b -> "; did you mean '" + b + "'?").orElse("") + " (the built-in ones: "
            + String.join(", ", Pipelines.builtInNames()) + ")");
        return Optional.empty();
      } else {
        Inputs file = Inputs.read(List.of(name), List.of(".yml", ".yaml"), System.in);
        if (!file.unreadable.isEmpty() || file.sources.size() != 1) {
          err.println(name + ": error: " + (file.unreadable.isEmpty() ? "not a pipeline file or a built-in pipeline ("
              + String.join(", ", Pipelines.builtInNames()) + ")" : file.unreadable.get(0).reason()));
          return Optional.empty();
        }
        sources.put(file.sources.get(0).name(), file.sources.get(0));
        sink = new DiagnosticSink(file.sources.get(0));
        p = PipelineLoader.load(file.sources.get(0), sink);
      }
      problems.addAll(sink.diagnostics());
      p.ifPresent(out::add);
    }
    if (!problems.isEmpty()) {
      err.print(TextRenderer.render(problems, sources));
    }
    if (problems.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      return Optional.empty();
    }
    List<Pipeline> all = new ArrayList<>(defaults);
    all.addAll(Pipelines.ordered(users));
    return Optional.of(all);
  }

}
