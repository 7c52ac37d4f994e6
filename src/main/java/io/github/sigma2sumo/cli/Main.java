package io.github.sigma2sumo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sigma2sumo} command and the one factory that wires its handlers. */
@Command(name = "sigma2sumo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Compile Sigma rules to Sumo Logic queries and lint Sumo Logic queries.",
    subcommands = {CompileCommand.class, LintCommand.class, PackCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:findings at or above --fail-on",
        "2:usage error or unreadable input",
        "4:internal error (a bug: please report it)"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'sigma2sumo compile rules/' or 'sigma2sumo lint FILE'");
  }

  /** The command line with output streams, exception handler and exit codes wired. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("sigma2sumo: internal error: " + ex
          + "\nThis is a bug in sigma2sumo; please report it with the input that caused it.");
      return ExitCodes.INTERNAL;
    });
    return cli;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
