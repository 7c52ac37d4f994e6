package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.diag.Suggestions;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code sigma2sumo show pipeline NAME}: a built-in pipeline's YAML as shipped, to read what it does
 * or to copy it as the start of one's own.
 */
final class ShowCommand implements Callable<Integer> {

  enum What { pipeline }

  private CommandSpec spec;

  static CommandSpec model() {
    ShowCommand command = new ShowCommand();
    CommandSpec spec = CommandModels.command(command, "show",
        "Print a built-in pipeline's YAML (sigma2sumo list pipelines names them).",
        "0:printed", "2:usage error, or no such built-in pipeline");
    spec.addPositional(PositionalParamSpec.builder().paramLabel("WHAT").type(What.class).arity("1")
        .index("0").description("pipeline.").build());
    spec.addPositional(PositionalParamSpec.builder().paramLabel("NAME").type(String.class).arity("1")
        .index("1").completionCandidates(() -> Pipelines.selectableNames().iterator())
        .description("The built-in pipeline's name.").build());
    command.spec = spec;
    return spec;
  }

  @Override
  public Integer call() {
    String name = spec.positionalParameters().get(1).getValue();
    Optional<String> text = Pipelines.text(name);
    if (text.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(name + ": error: no built-in pipeline of that name" + Suggestions.closest(name,
          Pipelines.selectableNames()).map(b -> "; did you mean '" + b + "'?").orElse("") + " (the built-in ones: "
          + String.join(", ", Pipelines.builtInNames()) + ")");
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(text.get());
    out.flush();
    return ExitCodes.OK;
  }
}
