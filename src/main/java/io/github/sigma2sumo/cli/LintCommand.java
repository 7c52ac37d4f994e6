package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.diag.render.JsonRenderer;
import io.github.sigma2sumo.diag.render.SarifRenderer;
import io.github.sigma2sumo.diag.render.TextRenderer;
import io.github.sigma2sumo.lint.Check;
import io.github.sigma2sumo.lint.Checks;
import io.github.sigma2sumo.lint.LintRunner;
import io.github.sigma2sumo.source.SourceFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sigma2sumo lint PATH...}: checks Sumo log-search queries in {@code *.sumo} files. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Check Sumo Logic log-search queries (*.sumo files, one query each) for errors and pitfalls.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no findings at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:usage error or unreadable input (missing, binary, not UTF-8)",
        "4:internal error (a bug: please report it)"})
final class LintCommand implements Callable<Integer> {

  enum Format { text, json, sarif }

  enum FailOn { error, warning, never }

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories (searched for *.sumo) or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "Exit 1 on findings of this severity or worse: error, warning or never (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = Inputs.read(paths, List.of(".sumo"), System.in);
    inputs.unreadable.forEach(u -> err.println(u.name() + ": error: " + u.reason()));
    inputs.notices.forEach(n -> err.println("note: " + n));
    LintRunner runner = LintRunner.withAllChecks();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, SourceFile> byName = new LinkedHashMap<>();
    for (SourceFile source : inputs.sources) {
      byName.put(source.name(), source);
      diagnostics.addAll(runner.lint(source));
    }
    diagnostics.sort(Diagnostic.ORDER);
    out.print(switch (format) {
      case text -> TextRenderer.render(diagnostics, byName);
      case json -> JsonRenderer.render(diagnostics);
      case sarif -> SarifRenderer.render(diagnostics, rules(), VersionProvider.version());
    });
    out.flush();
    if (!inputs.unreadable.isEmpty()) {
      return ExitCodes.USAGE;
    }
    return failed(diagnostics) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private boolean failed(List<Diagnostic> diagnostics) {
    if (failOn == FailOn.never) {
      return false;
    }
    Severity threshold = failOn == FailOn.error ? Severity.ERROR : Severity.WARNING;
    return diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(threshold));
  }

  static List<SarifRenderer.Rule> rules() {
    List<SarifRenderer.Rule> rules = new ArrayList<>();
    rules.add(new SarifRenderer.Rule("sumo-syntax", "syntax error in a Sumo query", Severity.ERROR,
        "https://github.com/sigma2sumo/sigma2sumo/blob/main/docs/checks/sumo-syntax.md"));
    for (Check check : Checks.ALL) {
      rules.add(new SarifRenderer.Rule(check.info().id(), check.info().summary(), check.info().defaultSeverity(),
          "https://github.com/sigma2sumo/sigma2sumo/blob/main/" + check.info().docPath()));
    }
    return rules;
  }
}
