package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.parallel.Workers;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code sigma2sumo} command and the one factory that wires its handlers. */
public final class Main implements Runnable {

  private CommandSpec spec;

  /** The subcommands' models, in the order the help lists them. */
  private static final Map<String, Supplier<CommandSpec>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("compile", CompileCommand::model);
    SUBCOMMANDS.put("lint", LintCommand::model);
    SUBCOMMANDS.put("pack", PackCommand::model);
    SUBCOMMANDS.put("test", TestCommand::model);
    SUBCOMMANDS.put("run", RunCommand::model);
    SUBCOMMANDS.put("list", ListCommand::model);
    SUBCOMMANDS.put("show", ShowCommand::model);
    SUBCOMMANDS.put("completion", CompletionCommand::model);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command: try 'sigma2sumo compile rules/' or 'sigma2sumo lint FILE'");
  }

  /** The command line with every subcommand, output streams, exception handler and exit codes wired. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, new String[0]);
  }

  /**
   * The command line for {@code args}: when they start with a subcommand's name, only that
   * subcommand is built (building a model is a good part of a one-rule run); otherwise all of
   * them, for the help and for suggestions on a misspelt name.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
    Main main = new Main();
    main.spec = CommandModels.command(main, "sigma2sumo",
        "Compile Sigma rules to Sumo Logic queries and lint Sumo Logic queries.",
        "0:success",
        "1:findings at or above --fail-on",
        "2:usage error or unreadable input");
    CommandLine cli = new CommandLine(main.spec);
    String first = args.length > 0 ? args[0] : "";
    SUBCOMMANDS.forEach((name, model) -> {
      if (!SUBCOMMANDS.containsKey(first) || name.equals(first)) {
        cli.addSubcommand(name, model.get());
      }
    });
    if (!SUBCOMMANDS.containsKey(first)) {
      cli.addSubcommand("help", new CommandLine.HelpCommand()); // sigma2sumo help compile
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    return cli;
  }

  /**
   * Reports an exception that escaped a command as a bug. A class, not a lambda: picocli's
   * interfaces are Java 5 class files, and a lambda of one makes JDK 17's {@code -Xshare:dump}
   * crash when the launcher's class list names it twice.
   */
  private static final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      commandLine.getErr().println("sigma2sumo: internal error: " + ex
          + "\nThis is a bug in sigma2sumo; please report it with the input that caused it.");
      return ExitCodes.INTERNAL;
    }
  }

  /**
   * For {@code compile} and {@code pack}, gets ready on another thread while picocli reads the
   * arguments: parses the default pipelines of the target the arguments name, then runs the parser
   * of that target's output once, which builds its ATN and first DFA states. Both are a good part
   * of a short run. A wrong guess costs only the other core's time; the command loads what it
   * needs either way.
   */
  private static void preload(String[] args) {
    if (args.length == 0 || !(args[0].equals("compile") || args[0].equals("pack"))) {
      return;
    }
    // compile: --target (search by default); pack: --format (cse-rules by default, terraform both)
    List<Target> targets = List.of(args[0].equals("compile") ? Target.SEARCH : Target.CSE);
    boolean defaults = true;
    for (int i = 1; i < args.length; i++) {
      defaults &= !args[i].equals("--no-default-pipelines");
      String option = args[0].equals("compile") ? "--target" : "--format";
      String value = args[i].startsWith(option + "=") ? args[i].substring(option.length() + 1)
          : args[i].equals(option) && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        targets = switch (value) {
          case "search", "content" -> List.of(Target.SEARCH);
          case "cse", "cse-rules" -> List.of(Target.CSE);
          case "terraform" -> List.of(Target.CSE, Target.SEARCH);
          default -> targets;
        };
      }
    }
    List<Target> guess = targets;
    boolean pipelines = defaults;
    Thread thread = new Thread(() -> {
      try {
        for (Target target : guess) {
          if (pipelines) {
            Pipelines.preload(target);
          }
          if (target == Target.CSE) {
            CseExpressionParser.parse(SourceFile.of("preload.cse", "metadata_product = 'W' AND lower(a) LIKE '%b%'"));
          } else {
            QueryParser.parse(SourceFile.of("preload.sumo", "_sourceCategory=*a* | where lower(b) matches \"*c*\""));
          }
        }
      } catch (RuntimeException | StackOverflowError e) {
        // only a head start: the command parses what it needs itself and reports any failure
      }
    }, "sigma2sumo-preload");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Runs the command on a thread whose stack is as large as the parsers' limits need (see
   * {@link Workers}). An Error that escapes it is reported in a line, never as a stack trace.
   */
  public static void main(String[] args) {
    // UTF-8 whatever the locale: under JDK 17 with no LANG (a container, a CI job) the default
    // charset is ASCII, and every non-ASCII character of a query would be printed as '?'
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    preload(args);
    int[] code = {ExitCodes.INTERNAL};
    try {
      Workers.run(() -> code[0] = commandLine(out, err, args).execute(args));
    } catch (OutOfMemoryError e) {
      err.println("sigma2sumo: out of memory; give the JVM more with -Xmx (through the launcher: SIGMA2SUMO_JAVA_OPTS=-Xmx4g)");
    } catch (RuntimeException | Error e) {
      err.println("sigma2sumo: internal error: " + e
          + "\nThis is a bug in sigma2sumo; please report it with the input that caused it.");
    }
    out.flush();
    err.flush();
    System.exit(code[0]);
  }
}
