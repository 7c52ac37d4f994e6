package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.content.TerraformContent;
import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.compile.RuleCompiler;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.diag.render.GitLabRenderer;
import io.github.sigma2sumo.diag.render.JsonRenderer;
import io.github.sigma2sumo.diag.render.StatisticsRenderer;
import io.github.sigma2sumo.diag.render.SarifRenderer;
import io.github.sigma2sumo.diag.render.TextRenderer;
import io.github.sigma2sumo.lint.Check;
import io.github.sigma2sumo.lint.Checks;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.lint.cse.CseChecks;
import io.github.sigma2sumo.lint.LintRunner;
import io.github.sigma2sumo.lint.policy.LintConfig;
import io.github.sigma2sumo.lint.policy.LintConfigLoader;
import io.github.sigma2sumo.lint.policy.LintPolicy;
import io.github.sigma2sumo.lint.policy.SuppressionComments;
import io.github.sigma2sumo.parallel.ParallelMap;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code sigma2sumo lint PATH...}: checks Sumo log-search queries ({@code *.sumo}), Cloud SIEM rule
 * expressions ({@code *.cse}) and Sigma rules ({@code *.yml}, {@code *.yaml}).
 */
final class LintCommand implements Callable<Integer> {

  enum Format { text, json, sarif, gitlab }

  /** What standard input holds. */
  enum Dialect { search, cse, sigma, content }

  private CommandSpec spec;

  /** What picocli parses and the help shows; the command runs itself. */
  static CommandSpec model() {
    LintCommand command = new LintCommand();
    CommandSpec spec = CommandModels.command(command, "lint",
        "Check Sumo Logic log-search queries (*.sumo files, one query each), Cloud SIEM rule expressions (*.cse "
            + "files, one expression each), Sigma rules (*.yml, *.yaml) and the queries of Sumo content exported as "
            + "JSON (content-library and monitor exports, Cloud SIEM rules, *.json) or Terraform (*.tf) for errors and "
            + "pitfalls.",
        "0:no findings at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:usage error or unreadable input (missing, binary, not UTF-8)");
    spec.addPositional(CommandModels.paths(
        "Files, directories (searched for *.sumo, *.cse, *.yml, *.yaml, *.json, *.tf) or - for standard input."));
    spec.addOption(OptionSpec.builder("--dialect").paramLabel("DIALECT").type(Dialect.class).defaultValue("search")
        .description("What standard input holds: search (a log-search query), cse (a Cloud SIEM rule expression), "
            + "sigma (a Sigma rule) or content (a JSON content export) (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(CommandModels.flag("--sigma", "The same as --dialect sigma."));
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class).defaultValue("text")
        .description("text, json, sarif, or gitlab (GitLab's Code Quality report) (default: ${DEFAULT-VALUE}).")
        .build());
    spec.addOption(FailOn.option());
    InputOptions.addTo(spec);
    ConfigOptions.addTo(spec);
    spec.addOption(CommandModels.flag("--no-ignore",
        "Report what sigma2sumo-ignore comments suppress (the settings file still applies)."));
    spec.addOption(CommandModels.flag("--statistics",
        "Print how many findings each check made instead of the findings (text or json)."));
    spec.addOption(OptionSpec.builder("--stdin-filename").paramLabel("NAME").type(String.class)
        .description("Lint standard input as the file NAME: its kind (by suffix), per-file settings and the name "
            + "findings carry.").build());
    spec.addOption(CommandModels.flag("--fix", "Apply the fixes that are certain to each file (atomically; Sumo and "
        + "Cloud SIEM files), then report what is left."));
    spec.addOption(CommandModels.flag("--diff", "Print the certain fixes as a unified diff instead of writing them; "
        + "exit 1 when there are some."));
    ConsoleOptions.addTo(spec);
    command.spec = spec;
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Dialect stdin = CommandModels.given(spec, "--sigma") ? Dialect.sigma : CommandModels.value(spec, "--dialect");
    Format format = CommandModels.value(spec, "--format");
    FailOn failOn = CommandModels.value(spec, "--fail-on");
    List<String> checks = checkIds();
    Optional<LintConfig> config = ConfigOptions.load(spec, checks, err);
    if (config.isEmpty()) {
      return ExitCodes.USAGE;
    }
    if (CommandModels.given(spec, "--statistics") && (format == Format.sarif || format == Format.gitlab)) {
      err.println("error: --statistics prints counts as text or json, not " + format);
      return ExitCodes.USAGE;
    }
    Inputs inputs = InputOptions.read(spec, CommandModels.paths(spec), List.of(".sumo", ".cse", ".yml", ".yaml",
        ".json", ".tf"), err, source -> false, config.get().exclude());
    String stdinName = CommandModels.value(spec, "--stdin-filename");
    if (stdinName != null) {
      inputs.sources.replaceAll(s -> s.name().equals("-") ? SourceFile.of(stdinName, s.text()) : s);
    }
    if (inputs.sources.isEmpty() && inputs.unreadable.isEmpty()
        && InputOptions.refuseEmpty(spec, CommandModels.paths(spec), "nothing to lint", err)) {
      return ExitCodes.USAGE;
    }
    LintRunner runner = LintRunner.withAllChecks();
    CseLintRunner cse = CseLintRunner.withAllChecks();
    boolean honourComments = !CommandModels.given(spec, "--no-ignore");
    int fixed = 0;
    if (CommandModels.given(spec, "--fix") || CommandModels.given(spec, "--diff")) {
      boolean diff = CommandModels.given(spec, "--diff");
      // a JSON export is fixed inside its strings (the replacement written escaped); Sigma and Terraform are not
      LintFixes.Outcome outcome = LintFixes.run(List.copyOf(inputs.sources),
          source -> dialectOf(source.name(), stdin) != Dialect.sigma && !source.name().endsWith(".tf"),
          source -> LintPolicy.apply(switch (dialectOf(source.name(), stdin)) {
            case cse -> cse.lint(source);
            case content -> ContentLint.lint(source, runner, cse, honourComments).diagnostics();
            default -> runner.lint(source);
          }, List.of(new LintPolicy.Input(source, language(dialectOf(source.name(), stdin)))),
              config.get(), honourComments, checks).reported(), !diff, out, err);
      if (diff) {
        out.flush();
        return outcome.failed() ? ExitCodes.USAGE : outcome.fixes() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
      }
      inputs.sources.clear();
      inputs.sources.addAll(outcome.sources());
      fixed = outcome.fixes();
      if (outcome.failed()) {
        return ExitCodes.USAGE;
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, SourceFile> byName = new LinkedHashMap<>();
    // each file on every core; then, in input order, each Sigma file's ids against the files before it
    List<FileLint> all = ParallelMap.map(inputs.sources, source -> switch (dialectOf(source.name(), stdin)) {
      case sigma -> new FileLint(source, Optional.of(SigmaIds.load(source)), List.of());
      case cse -> new FileLint(source, Optional.empty(), cse.lint(source));
      case search -> new FileLint(source, Optional.empty(), runner.lint(source));
      case content -> ContentLint.lint(source, runner, cse, honourComments);
    });
    List<FileLint> linted = new ArrayList<>();
    int suppressedInContent = 0;
    int skippedQueries = 0;
    int contentQueries = 0;
    int exports = 0;
    for (FileLint file : all) {
      if (file.content().isPresent() && file.content().get().notContent().isPresent()) {
        boolean walked = inputs.walked.contains(file.source().name());
        if (!walked || CommandModels.given(spec, "--verbose")) {
          err.println("note: " + file.source().name() + ": skipped: " + file.content().get().notContent().get());
        }
        continue;
      }
      linted.add(file);
      suppressedInContent += file.content().map(ContentLint.Result::suppressed).orElse(0);
      skippedQueries += file.content().map(ContentLint.Result::skippedQueries).orElse(0);
      contentQueries += file.content().map(ContentLint.Result::queries).orElse(0);
      exports += file.content().isPresent() ? 1 : 0;
    }
    if (exports > 0 && CommandModels.given(spec, "--verbose")) {
      err.println("note: " + contentQueries + " queries and rule expressions linted in " + exports
          + " content exports; " + skippedQueries + " metrics, traces or other queries skipped");
    }
    SigmaIds ids = new SigmaIds();
    for (FileLint file : linted) {
      byName.put(file.source().name(), file.source());
      diagnostics.addAll(file.sigma().map(ids::lint).orElse(file.diagnostics()));
    }
    diagnostics.addAll(compileFindings(linted.stream().filter(f -> f.sigma().isPresent()).map(FileLint::source)
        .toList()));
    LintPolicy.Applied applied = LintPolicy.apply(diagnostics, linted.stream().map(f -> new LintPolicy.Input(
        f.source(), language(dialectOf(f.source().name(), stdin)))).toList(), config.get(),
        honourComments, checks);
    diagnostics = applied.reported();
    String summary = ConsoleOptions.quiet(spec) ? "" : TextRenderer.summary(diagnostics, linted.size())
        + notes(applied.suppressed() + suppressedInContent, fixed) + "\n";
    boolean statistics = CommandModels.given(spec, "--statistics");
    out.print(switch (format) {
      case text -> statistics ? StatisticsRenderer.text(diagnostics) + summary
          : TextRenderer.render(diagnostics, byName, ConsoleOptions.style(spec)) + summary;
      case json -> statistics ? StatisticsRenderer.json(diagnostics) : JsonRenderer.render(diagnostics);
      case gitlab -> GitLabRenderer.render(diagnostics, byName);
      case sarif -> SarifRenderer.render(diagnostics, rules(), VersionProvider.version(), byName,
          inputs.unreadable.stream().map(u -> new SarifRenderer.Notification(u.name(), u.reason())).toList());
    });
    out.flush();
    if (!inputs.unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    return failOn.reached(diagnostics) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * The errors compiling the Sigma files to a log search (with the default pipelines) reports beyond
   * what loading them does: the constructs the compiler refuses (a look-around in {@code |re}, a
   * modifier combination no query can express, a correlation naming a missing rule), so that
   * {@code lint} clean means {@code compile} clean. Loading reports the rest, once.
   */
  private static List<Diagnostic> compileFindings(List<SourceFile> sigma) {
    if (sigma.isEmpty()) {
      return List.of();
    }
    List<Diagnostic> findings = new ArrayList<>();
    for (CompiledRule r : new RuleCompiler(Pipelines.defaults(Target.SEARCH), Target.SEARCH).compileAll(sigma)) {
      r.diagnostics().stream().filter(d -> d.checkId().equals(RuleCompiler.CHECK) && d.severity() == Severity.ERROR)
          .forEach(findings::add);
    }
    return findings;
  }

  /**
   * One file linted: a Sigma file loaded (its ids are checked afterwards), the findings of a query, or
   * those of the queries of a content export ({@code content}).
   */
  record FileLint(SourceFile source, Optional<SigmaIds.Loaded> sigma, List<Diagnostic> diagnostics,
      Optional<ContentLint.Result> content) {
    FileLint(SourceFile source, Optional<SigmaIds.Loaded> sigma, List<Diagnostic> diagnostics) {
      this(source, sigma, diagnostics, Optional.empty());
    }
  }

  /** By extension; standard input ({@code -}) is what {@code --dialect} says. */
  private static Dialect dialectOf(String name, Dialect stdin) {
    if (name.equals("-")) {
      return stdin;
    } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      return Dialect.sigma;
    } else if (name.endsWith(".json") || name.endsWith(".tf")) {
      return Dialect.content;
    }
    return name.endsWith(".cse") ? Dialect.cse : Dialect.search;
  }

  private static String notes(int suppressed, int fixed) {
    List<String> notes = new ArrayList<>();
    if (fixed > 0) {
      notes.add(fixed + " fixed");
    }
    if (suppressed > 0) {
      notes.add(suppressed + " suppressed");
    }
    return notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")";
  }

  private static SuppressionComments.Language language(Dialect dialect) {
    return switch (dialect) {
      case sigma -> SuppressionComments.Language.SIGMA;
      case cse -> SuppressionComments.Language.CSE;
      case search -> SuppressionComments.Language.SEARCH;
      case content -> SuppressionComments.Language.CONTENT;
    };
  }

  /** The names of every check, those of settings and suppressions included. */
  static List<String> checkIds() {
    List<String> ids = new ArrayList<>(rules().stream().map(SarifRenderer.Rule::id).toList());
    ids.add(LintPolicy.CHECK);
    ids.add(LintConfigLoader.CHECK);
    return ids;
  }

  /** Every check as SARIF lists it, with its page as help; what {@code list checks} shows. */
  static List<SarifRenderer.Rule> rules() {
    List<String[]> checks = new ArrayList<>();
    checks.add(new String[] {QueryParser.SYNTAX, "syntax error in a Sumo query", "error"});
    for (Check check : Checks.ALL) {
      checks.add(new String[] {check.info().id(), check.info().summary(), check.info().defaultSeverity().label()});
    }
    checks.add(new String[] {CseExpressionParser.SYNTAX, "syntax error in a Cloud SIEM expression", "error"});
    checks.add(new String[] {ContentLint.SYNTAX, "content export that is not well-formed JSON", "error"});
    checks.add(new String[] {TerraformContent.SYNTAX, "Terraform file that cannot be read", "error"});
    for (CseCheck check : CseChecks.ALL) {
      checks.add(new String[] {check.info().id(), check.info().summary(), check.info().defaultSeverity().label()});
    }
    checks.addAll(List.of(
        new String[] {SigmaLoader.SYNTAX, "Sigma file that is not valid YAML, or a rule whose structure is wrong", "error"},
        new String[] {SigmaLoader.MODIFIER, "unknown modifier, or one that cannot apply to its value", "error"},
        new String[] {SigmaLoader.CONDITION, "condition that does not parse or names what does not exist", "error"},
        new String[] {SigmaLoader.METADATA, "missing or malformed rule metadata", "warning"},
        new String[] {SigmaLoader.WILDCARD, "leading or trailing '*' where a modifier says it", "warning"},
        new String[] {SigmaLoader.VALUE, "value of only whitespace compared for equality", "warning"},
        new String[] {SigmaLoader.FIELD, "field name one or two typing mistakes away from a field of the log source",
            "warning"},
        new String[] {SigmaIds.DUPLICATE_ID, "two rules with the same id", "error"},
        new String[] {RuleCompiler.CHECK, "rule that cannot be expressed as a Sumo query", "error"},
        new String[] {LintPolicy.CHECK, "suppression comment that names no check, an unknown one, or gives no reason",
            "warning"},
        new String[] {LintConfigLoader.CHECK, "problem in the settings file .sigma2sumo.yml", "error"}));
    List<SarifRenderer.Rule> rules = new ArrayList<>();
    for (String[] c : checks) {
      String page = CheckPages.page(c[0]).orElse("");
      rules.add(new SarifRenderer.Rule(c[0], c[1], Severity.valueOf(c[2].toUpperCase(java.util.Locale.ROOT)),
          CheckPages.helpUri(c[0]), CheckPages.whatItFinds(page), page));
    }
    return rules;
  }

}
