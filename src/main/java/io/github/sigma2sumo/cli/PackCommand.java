package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.RuleCompiler;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.render.TextRenderer;
import io.github.sigma2sumo.pack.ContentPack;
import io.github.sigma2sumo.pack.CseRulePack;
import io.github.sigma2sumo.pack.PackException;
import io.github.sigma2sumo.pack.PackFiles;
import io.github.sigma2sumo.pack.PackOptions;
import io.github.sigma2sumo.pack.TerraformPack;
import io.github.sigma2sumo.parallel.ParallelMap;
import io.github.sigma2sumo.source.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code sigma2sumo pack PATH... --format cse-rules|content|terraform -o FILE}: compiles the rules
 * and writes them as one file Sumo Logic imports. When a rule fails, the pack names it and writes
 * nothing, unless {@code --keep-going}, which writes the rules that compiled and still exits 1.
 */
final class PackCommand implements Callable<Integer> {

  enum Format {
    cse_rules("cse-rules"), content("content"), terraform("terraform");

    private final String name;

    Format(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private CommandSpec spec;

  /** What picocli parses and the help shows; the command runs itself. */
  static CommandSpec model() {
    PackCommand command = new PackCommand();
    CommandSpec spec = CommandModels.command(command, "pack",
        "Compile Sigma rules into one file to import into Sumo Logic: Cloud SIEM rules for the REST API "
            + "(cse-rules), a content-library folder of saved searches (content), or Terraform (terraform: both).",
        "0:every rule is in the pack",
        "1:a rule failed (no file is written unless --keep-going)",
        "2:usage error, unreadable input or unwritable output");
    spec.addPositional(CommandModels.sigmaPaths());
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class).required(true)
        .converters(new FormatConverter()).description("cse-rules, content or terraform.").build());
    spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE").type(String.class).required(true)
        .description("The pack file to write (replaced whole, or not at all), or - for standard output.").build());
    PipelineOptions.addTo(spec);
    spec.addOption(CommandModels.flag("--keep-going",
        "Write the rules that compiled even when others failed (exit 1)."));
    InputOptions.addTo(spec);
    ConsoleOptions.addTo(spec);
    spec.addOption(OptionSpec.builder("--license").paramLabel("NAME").type(String.class).defaultValue("DRL-1.1")
        .description("The licence named for rules that state none (default: ${DEFAULT-VALUE}, the Detection Rule "
            + "License of the SigmaHQ rules).").build());
    spec.addOption(OptionSpec.builder("--folder").paramLabel("NAME").type(String.class).defaultValue("Sigma detections")
        .description("Name of the content folder (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("--email").paramLabel("ADDRESS").type(String.class)
        .description("Schedule each saved search every 15 minutes, mailing results here; without it searches are "
            + "saved unscheduled.").build());
    command.spec = spec;
    return spec;
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name.equals(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("expected cse-rules, content or terraform, not '" + value + "'");
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Format format = CommandModels.value(spec, "--format");
    String output = CommandModels.value(spec, "--output");
    PackOptions options = new PackOptions(CommandModels.value(spec, "--license"),
        CommandModels.value(spec, "--folder"), Optional.ofNullable(CommandModels.value(spec, "--email")));
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    Inputs inputs = InputOptions.read(spec, CommandModels.paths(spec), List.of(".yml", ".yaml"), err);
    inputs.sources.forEach(s -> sources.put(s.name(), s));
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    RuleCompiler.Loaded loaded = RuleCompiler.load(inputs.sources);
    List<CseRulePack.PackedRule> cseRules = new ArrayList<>();
    Optional<Map<String, Object>> content = Optional.empty();
    if (format != Format.content) {
      Optional<List<CompiledRule>> compiled = compile(Target.CSE, loaded, err, sources, diagnostics, failed);
      if (compiled.isEmpty()) {
        return ExitCodes.USAGE;
      }
      // each rule packed on every core, kept in order
      for (Packed p : ParallelMap.map(compiled.get(), r -> Packed.of(r, options))) {
        p.rule().ifPresentOrElse(cseRules::add, () -> failed.add(p.failure()));
      }
    }
    if (format != Format.cse_rules) {
      Optional<List<CompiledRule>> compiled = compile(Target.SEARCH, loaded, err, sources, diagnostics, failed);
      if (compiled.isEmpty()) {
        return ExitCodes.USAGE;
      }
      content = Optional.of(ContentPack.folder(compiled.get(), options));
    }
    // terraform compiles for both targets: what loading a file reported comes twice
    List<Diagnostic> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(diagnostics));
    distinct.sort(Diagnostic.ORDER);
    err.print(TextRenderer.render(ConsoleOptions.quiet(spec) ? distinct.stream()
        .filter(d -> d.severity() == io.github.sigma2sumo.diag.Severity.ERROR).toList() : distinct, sources,
        ConsoleOptions.style(spec)));
    failed.forEach(f -> err.println("failed: " + f));
    if (!inputs.unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    if (failed.isEmpty() && cseRules.isEmpty() && content.map(PackCommand::countSearches).orElse(0) == 0
        && InputOptions.refuseEmpty(spec, CommandModels.paths(spec), "no Sigma rule found, so the pack would be empty "
            + "(applied, an empty Terraform pack deletes every rule it manages)", err)) {
      return ExitCodes.USAGE;
    }
    if (!failed.isEmpty() && !CommandModels.given(spec, "--keep-going")) {
      err.println(output + ": not written: " + failed.size() + " rule(s) failed (--keep-going writes the others)");
      return ExitCodes.FINDINGS;
    }
    Optional<Map<String, Object>> folder = content;
    OutputFile.Body text = switch (format) {
      case cse_rules -> out -> PackFiles.cseRules(cseRules, out);
      case content -> out -> PackFiles.content(folder.orElseThrow(), out);
      case terraform -> out -> TerraformPack.write(cseRules, folder, out);
    };
    if (!CompileCommand.writeOutput(output, text, spec.commandLine().getOut(), err)) {
      return ExitCodes.USAGE;
    }
    int rules = format == Format.content ? countSearches(content.orElseThrow()) : cseRules.size();
    err.println((OutputFile.isStandardOutput(Path.of(output)) ? "standard output" : output) + ": " + rules
        + " rule(s) written as " + format);
    return failed.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** A compiled rule packed for Cloud SIEM, or why it could not be. */
  private record Packed(Optional<CseRulePack.PackedRule> rule, String failure) {
    static Packed of(CompiledRule r, PackOptions options) {
      try {
        return new Packed(Optional.of(CseRulePack.pack(r, options)), null);
      } catch (PackException e) {
        return new Packed(Optional.empty(), r.file() + ": " + r.title().orElse("") + ": " + e.getMessage());
      }
    }
  }

  /** The rules that compiled for {@code target}; the failures go to {@code failed}, findings to {@code diagnostics}. */
  private Optional<List<CompiledRule>> compile(Target target, RuleCompiler.Loaded files, PrintWriter err,
      Map<String, SourceFile> sources, List<Diagnostic> diagnostics, List<String> failed) {
    Optional<List<Pipeline>> pipelines = PipelineOptions.load(spec, target, err, sources);
    if (pipelines.isEmpty()) {
      return Optional.empty();
    }
    List<CompiledRule> ok = new ArrayList<>();
    for (CompiledRule r : new RuleCompiler(pipelines.get(), target).compile(files, () -> { })) {
      diagnostics.addAll(r.diagnostics());
      if (r.failed()) {
        failed.add(r.file() + ": " + r.title().map(t -> t + " ").orElse("") + "(" + target.id() + ")");
      } else if (r.query().isPresent() && !r.buildingBlock()) {
        ok.add(r); // a correlation's building block, shown by compile for its findings, is no rule of its own
      }
    }
    return Optional.of(ok);
  }

  @SuppressWarnings("unchecked")
  private static int countSearches(Map<String, Object> folder) {
    return ((List<Object>) folder.get("children")).size();
  }
}
