package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The top-level command: help, subcommand dispatch (built one at a time), misspelt commands. */
class MainTest {

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.of("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("compile", "lint", "pack", "Exit codes:");
  }

  @Test
  void aSubcommandRunsWithOnlyItselfBuilt() {
    PrintWriter sink = new PrintWriter(new StringWriter());
    assertThat(Main.commandLine(sink, sink, new String[] {"lint", "x.sumo"}).getSubcommands()).containsOnlyKeys("lint");
    CliRun run = CliRun.of("compile", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: sigma2sumo compile");
  }

  @Test
  void aMisspeltCommandIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.of("compil", "rules/");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Did you mean: sigma2sumo compile?");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("missing command");
  }
}
