package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.diag.render.SarifRenderer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code sigma2sumo list pipelines|checks|targets|formats}: what the other commands accept, one
 * per line as {@code name  description}, as {@code sigma-cli list} does. Built-in pipelines say
 * which target applies them by default; checks their default severity.
 */
final class ListCommand implements Callable<Integer> {

  enum What { pipelines, checks, targets, formats }

  private CommandSpec spec;

  static CommandSpec model() {
    ListCommand command = new ListCommand();
    CommandSpec spec = CommandModels.command(command, "list",
        "List the built-in pipelines, the lint checks, the compile targets or the output formats.",
        "0:listed", "2:usage error");
    spec.addPositional(PositionalParamSpec.builder().paramLabel("WHAT").type(What.class).arity("1")
        .description("pipelines, checks, targets or formats.").build());
    command.spec = spec;
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    What what = spec.positionalParameters().get(0).getValue();
    List<String[]> rows = switch (what) {
      case pipelines -> pipelines();
      case checks -> checks();
      case targets -> List.of(
          new String[] {"search", "Sumo Logic log search (compile's default; pack --format content)"},
          new String[] {"cse", "Cloud SIEM rule expressions (compile --target cse; pack --format cse-rules)"});
      case formats -> List.of(
          new String[] {"compile", "query (default), json"},
          new String[] {"lint", "text (default), json, sarif, gitlab"},
          new String[] {"pack", "cse-rules, content, terraform"});
    };
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    for (String[] row : rows) {
      out.println(row[0] + " ".repeat(width - row[0].length() + 2) + row[1]);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static List<String[]> pipelines() {
    List<String[]> rows = new ArrayList<>();
    List<String> search = Pipelines.defaultNames(Target.SEARCH);
    List<String> cse = Pipelines.defaultNames(Target.CSE);
    for (String name : Pipelines.builtInNames()) {
      String applied = search.contains(name) ? "[default: search] " : cse.contains(name) ? "[default: cse] "
          : "[with -p] ";
      List<String> group = Pipelines.alternativesOf(name);
      String instead = !search.contains(name) && !group.isEmpty() ? "[instead of "
          + group.stream().filter(search::contains).findFirst().orElse(group.get(0)) + "] " : "";
      rows.add(new String[] {name, applied + instead + description(Pipelines.text(name).orElse(""))});
    }
    Pipelines.aliases().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(a ->
        rows.add(new String[] {a.getKey(), "[alias] another name of " + a.getValue()}));
    return rows;
  }

  /** The first sentence of the comment a pipeline file starts with, on one line. */
  static String description(String yaml) {
    StringBuilder text = new StringBuilder();
    for (String line : yaml.lines().toList()) {
      if (!line.startsWith("#")) {
        break;
      }
      text.append(text.length() > 0 ? " " : "").append(line.substring(1).trim());
    }
    int end = text.indexOf(". ");
    return end < 0 ? text.toString() : text.substring(0, end + 1);
  }

  private static List<String[]> checks() {
    List<String[]> rows = new ArrayList<>();
    for (SarifRenderer.Rule rule : LintCommand.rules()) {
      rows.add(new String[] {rule.id(), rule.level().name().toLowerCase(Locale.ROOT) + ": " + rule.summary()});
    }
    return rows;
  }
}
