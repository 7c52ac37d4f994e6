package io.github.sigma2sumo.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code sigma2sumo completion bash|zsh}: the shell completion script picocli generates from the
 * command model (subcommands, options, and the values an option takes, such as built-in pipeline
 * names). One script serves both shells: under zsh it loads zsh's bash-completion emulation
 * ({@code bashcompinit}) first, as picocli's script does itself.
 */
final class CompletionCommand implements Callable<Integer> {

  enum Shell { bash, zsh }

  private CommandSpec spec;

  static CommandSpec model() {
    CompletionCommand command = new CompletionCommand();
    CommandSpec spec = CommandModels.command(command, "completion",
        "Print a shell completion script: 'source <(sigma2sumo completion bash)' in ~/.bashrc, or "
            + "'source <(sigma2sumo completion zsh)' in ~/.zshrc.",
        "0:the script was printed", "2:usage error");
    spec.addPositional(PositionalParamSpec.builder().paramLabel("SHELL").type(Shell.class).arity("1")
        .description("bash or zsh.").build());
    command.spec = spec;
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CommandLine all = Main.commandLine(new PrintWriter(PrintWriter.nullWriter()), new PrintWriter(PrintWriter.nullWriter()));
    out.print(AutoComplete.bash("sigma2sumo", all));
    out.flush();
    return ExitCodes.OK;
  }
}
