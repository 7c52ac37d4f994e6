package io.github.sigma2sumo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.RuleCompiler;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.diag.Diagnostic;
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
    spec.addOption(CommandModels.repeatable("FILE",
        "A file of Sigma filters to apply to the rules it names; repeatable. Filters among the PATHs apply too.",
        "--filter"));
    spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("DIR").type(Path.class)
        .description("Write one <rule id>.sumo (or .cse) file per rule into DIR instead of printing the queries; "
            + "a Cloud SIEM chain rule gives one <rule id>.link-N.cse per link.").build());
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
    Path output = CommandModels.value(spec, "--output");
    Format format = CommandModels.value(spec, "--format");
    FailOn failOn = CommandModels.value(spec, "--fail-on");
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    Optional<List<Pipeline>> loadedPipelines = PipelineOptions.load(spec, compileTarget, err, sources);
    if (loadedPipelines.isEmpty()) {
      return ExitCodes.USAGE;
    }
    List<String> all = new ArrayList<>(CommandModels.paths(spec));
    all.addAll(CommandModels.values(spec, "--filter"));
    Inputs inputs = Inputs.read(all, List.of(".yml", ".yaml"), System.in);
    inputs.unreadable.forEach(u -> err.println(u.name() + ": error: " + u.reason()));
    inputs.notices.forEach(n -> err.println("note: " + n));
    RuleCompiler compiler = new RuleCompiler(loadedPipelines.get(), compileTarget);
    Progress progress = new Progress(err, inputs.sources.size());
    inputs.sources.forEach(source -> sources.put(source.name(), source));
    List<CompiledRule> results = compiler.compileAll(inputs.sources, progress::advance);
    progress.done();
    List<Diagnostic> diagnostics = new ArrayList<>();
    results.forEach(r -> diagnostics.addAll(r.diagnostics()));
    diagnostics.sort(Diagnostic.ORDER);
    if (format == Format.json) {
      json(results, out);
    } else {
      err.print(TextRenderer.render(diagnostics, sources));
      if (output == null) {
        out.print(queries(results, compileTarget));
      }
    }
    out.flush();
    if (output != null && !write(results, output, compileTarget, err)) {
      return ExitCodes.USAGE;
    }
    if (!inputs.unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    boolean failedRule = results.stream().anyMatch(CompiledRule::failed);
    return failedRule && failOn != FailOn.never || failOn.reached(diagnostics) ? ExitCodes.FINDINGS : ExitCodes.OK;
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

  /** One file per compiled rule, named by its id (or title), each written atomically. */
  private static boolean write(List<CompiledRule> results, Path output, Target target, PrintWriter err) {
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      err.println(output + ": error: cannot create the directory: " + AtomicFile.reason(e));
      return false;
    }
    Map<String, Integer> used = new HashMap<>();
    boolean ok = true;
    for (CompiledRule r : results) {
      if (r.query().isEmpty()) {
        continue;
      }
      String base = fileName(r.id().or(r::title).orElse("rule"));
      int n = used.merge(base, 1, Integer::sum);
      String extension = target == Target.CSE ? ".cse" : ".sumo";
      String name = n == 1 ? base : base + "-" + n;
      List<String> parts = r.queryParts(); // a chain rule's links go to files of their own, each one expression
      for (int i = 0; i < parts.size(); i++) {
        Path file = output.resolve(name + (parts.size() == 1 ? "" : ".link-" + (i + 1)) + extension);
        try {
          AtomicFile.write(file, parts.get(i) + "\n");
        } catch (IOException e) {
          err.println(file + ": error: cannot write: " + AtomicFile.reason(e));
          ok = false;
        }
      }
    }
    return ok;
  }

  static String fileName(String handle) {
    String name = handle.replaceAll("[^A-Za-z0-9._-]+", "_");
    name = name.replaceAll("^[._]+", "");
    return name.isEmpty() ? "rule" : name.length() > 120 ? name.substring(0, 120) : name;
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
