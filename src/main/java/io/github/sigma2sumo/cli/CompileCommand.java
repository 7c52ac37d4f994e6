package io.github.sigma2sumo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.compile.RuleCompiler;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.policy.LintConfig;
import io.github.sigma2sumo.lint.policy.LintPolicy;
import io.github.sigma2sumo.lint.policy.SuppressionComments;
import io.github.sigma2sumo.diag.render.JsonRenderer;
import io.github.sigma2sumo.diag.render.TextRenderer;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code sigma2sumo compile PATH...}: Sigma rules to Sumo Logic log searches. A broken rule is
 * reported and the others still compile; the exit code says something failed. Output files are
 * written to a temporary file and moved into place, so no partial file is ever left.
 */
final class CompileCommand implements Callable<Integer> {
  /** Made when JSON is asked for: making it is a few milliseconds of every run otherwise. */
  private static final class Json {
    static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  enum Format { query, json }

  private CommandSpec spec;

  /** What picocli parses and the help shows; the command runs itself. */
  static CommandSpec model() {
    CompileCommand command = new CompileCommand();
    CommandSpec spec = CommandModels.command(command, "compile",
        "Compile Sigma rules (*.yml, *.yaml) to Sumo Logic log-search queries.",
        "0:every rule compiled, no findings at or above --fail-on",
        "1:a rule failed, or findings at or above --fail-on",
        "2:usage error, unreadable input or a broken pipeline file");
    spec.addPositional(CommandModels.sigmaPaths());
    spec.addOption(OptionSpec.builder("--target").paramLabel("TARGET").type(String.class).defaultValue("search")
        .description("search: Sumo Logic log search (default); cse: Cloud SIEM rule expressions.").build());
    PipelineOptions.addTo(spec);
    ConfigOptions.addTo(spec);
    spec.addOption(CommandModels.repeatable("FILE",
        "A file of Sigma filters to apply to the rules it names; repeatable. Filters among the PATHs apply too.",
        "--filter"));
    spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("DIR|FILE").type(String.class)
        .description("A directory (one that exists, or a name without a suffix, or ending in /): one .sumo (or .cse) "
            + "file per rule, named after its Sigma file, and files of rules no longer compiled are removed; a "
            + "file with a suffix: every query in that one file; - for standard output. A Cloud SIEM chain rule "
            + "gives one file per link.").build());
    spec.addOption(OptionSpec.builder("--layout").paramLabel("LAYOUT").type(QueryFiles.Layout.class)
        .defaultValue("flat").description("With -o DIR: flat puts every file in DIR; tree mirrors the folders the "
            + "rules are in (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(CommandModels.flag("--no-prune",
        "With -o DIR: keep the files an earlier run wrote for rules this run no longer compiles."));
    InputOptions.addTo(spec);
    ConsoleOptions.addTo(spec);
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class).defaultValue("query")
        .description("query: the queries as text; json: one entry per rule with file, id, title, target, query "
            + "and diagnostics (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(FailOn.option());
    command.spec = spec;
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String target = CommandModels.value(spec, "--target");
    Target compileTarget = Target.of(target).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "unknown --target '" + target + "'; this version compiles to: search, cse"));
    String output = CommandModels.value(spec, "--output");
    Format format = CommandModels.value(spec, "--format");
    FailOn failOn = CommandModels.value(spec, "--fail-on");
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    Optional<LintConfig> config = ConfigOptions.load(spec, LintCommand.checkIds(), err);
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    Optional<List<Pipeline>> loadedPipelines = PipelineOptions.load(spec, compileTarget, err, sources,
        config.get().pipelineArguments(new java.util.HashSet<>(Pipelines.builtInNames())));
    if (loadedPipelines.isEmpty()) {
      return ExitCodes.USAGE;
    }
    List<String> all = new ArrayList<>(CommandModels.paths(spec));
    all.addAll(CommandModels.values(spec, "--filter"));
    Inputs inputs = InputOptions.read(spec, all, List.of(".yml", ".yaml"), err, source -> false,
        config.get().exclude());
    RuleCompiler compiler = new RuleCompiler(loadedPipelines.get(), compileTarget);
    Progress progress = new Progress(err, inputs.sources.size());
    inputs.sources.forEach(source -> sources.put(source.name(), source));
    List<CompiledRule> results = compiler.compileAll(inputs.sources, progress::advance);
    progress.done();
    List<Diagnostic> found = new ArrayList<>();
    results.forEach(r -> found.addAll(r.diagnostics()));
    // the settings and the rules' sigma2sumo-ignore comments apply as in lint; errors that stop a
    // rule compiling are always reported
    List<Diagnostic> diagnostics = LintPolicy.apply(found, inputs.sources.stream().map(s -> new LintPolicy.Input(s,
        SuppressionComments.Language.SIGMA)).toList(), config.get(), true, LintCommand.checkIds()).reported();
    boolean directory = output != null && isDirectory(output);
    if (format == Format.query) {
      List<Diagnostic> shown = ConsoleOptions.quiet(spec)
          ? diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList() : diagnostics;
      err.print(TextRenderer.render(shown, sources, ConsoleOptions.style(spec)));
      if (!ConsoleOptions.quiet(spec)) {
        err.println(summary(results, diagnostics));
      }
    }
    boolean nothing = results.stream().noneMatch(r -> r.source().isPresent() || r.failed());
    if (nothing && inputs.unreadable.isEmpty()
        && InputOptions.refuseEmpty(spec, CommandModels.paths(spec), "no Sigma rule found", err)) {
      return ExitCodes.USAGE;
    }
    boolean written = true;
    if (output == null || !directory) {
      OutputFile.Body text = format == Format.json ? w -> json(results, w) : w -> w.write(queries(results, compileTarget));
      written = writeOutput(output == null ? "-" : output, text, out, err);
    } else {
      if (format == Format.json) {
        json(results, out);
        out.flush();
      }
      written = new QueryFiles(Path.of(output), compileTarget, CommandModels.value(spec, "--layout"),
          !CommandModels.given(spec, "--no-prune"), err).write(results, inputs.relative);
    }
    if (!written || !inputs.unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    boolean failedRule = results.stream().anyMatch(CompiledRule::failed);
    return failedRule && failOn != FailOn.never || failOn.reached(diagnostics) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** "compiled 7 of 8 rules; 1 error, 2 warnings in 2 files", on standard error after the findings. */
  private static String summary(List<CompiledRule> results, List<Diagnostic> diagnostics) {
    long rules = results.stream().filter(r -> r.source().isPresent() || r.failed()).count(); // failed: did not load
    long compiled = results.stream().filter(r -> r.source().isPresent() && !r.failed()).count();
    String findings = diagnostics.isEmpty() ? "no findings" : TextRenderer.summary(diagnostics, 0);
    return "compiled " + compiled + " of " + rules + " rule" + (rules == 1 ? "" : "s") + "; " + findings;
  }

  /**
   * True when {@code -o} names a directory: one that exists, a name ending in a slash, or a name
   * without a suffix that names nothing yet. A file with a suffix, or anything else that exists (a
   * device, a FIFO), receives every query in one text.
   */
  static boolean isDirectory(String output) {
    Path path = Path.of(output);
    if (OutputFile.isStandardOutput(path)) {
      return false;
    } else if (Files.isDirectory(path) || output.endsWith("/")) {
      return true;
    } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.lastIndexOf('.') <= 0;
  }

  /** Writes one output text to {@code output} (a file, a device or standard output); false after reporting a failure. */
  static boolean writeOutput(String output, OutputFile.Body text, PrintWriter out, PrintWriter err) {
    try {
      OutputFile.write(Path.of(output), text, out);
      return true;
    } catch (IOException e) {
      err.println(output + ": error: cannot write: " + OutputFile.reason(e));
      return false;
    }
  }

  /** The queries one after another, each headed by a comment (in the target's syntax) naming its rule. */
  private static String queries(List<CompiledRule> results, Target target) {
    StringBuilder out = new StringBuilder();
    for (CompiledRule r : results) {
      if (r.query().isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      String heading = oneLine(r.title().orElse("")) + r.id().map(id -> " (" + id + ")").orElse("");
      out.append(target == Target.CSE ? "/* " + heading.replace("*/", "* /") + " */" : "// " + heading)
          .append('\n').append(r.query().get()).append('\n');
    }
    return out.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
  }

  /** The results as JSON, streamed to {@code out} (a corpus gives megabytes), which stays open. */
  static void json(List<CompiledRule> results, Writer out) {
    try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", 1);
      json.writeArrayFieldStart("rules");
      for (CompiledRule r : results) {
        json.writeStartObject();
        json.writeStringField("file", r.file());
        json.writeStringField("id", r.id().orElse(null));
        json.writeStringField("title", r.title().orElse(null));
        json.writeStringField("target", r.target());
        json.writeStringField("query", r.query().orElse(null));
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : r.diagnostics()) {
          JsonRenderer.write(json, d);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "compiled 120/3144 files" on stderr, only when stderr is a terminal and the run is long. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
      this.shown = System.console() != null && total >= 200;
    }

    synchronized void advance() {
      done++;
      if (shown && done % 100 == 0) {
        err.print("\rcompiled " + done + "/" + total + " files");
        err.flush();
      }
    }

    void done() {
      if (shown) {
        err.print("\r" + " ".repeat(40) + "\r");
        err.flush();
      }
    }
  }
}
