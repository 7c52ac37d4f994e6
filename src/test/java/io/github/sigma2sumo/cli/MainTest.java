package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top-level command: help, subcommand dispatch (built one at a time), misspelt commands, and
 * deep input checked in a JVM with a small default stack.
 */
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
    assertThat(run.err()).contains("Did you mean: sigma2sumo compile or ");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("missing command");
  }

  /**
   * Input as deep as the parsers' limits allow is checked in a separate JVM whose default stack is
   * half a megabyte (a tree walk overflowed 1 MB at about 1,300 operators): the command and its
   * helpers run on threads with stacks of their own size.
   */
  @Test
  void inputAtTheNestingLimitsIsCheckedWhateverTheJvmsDefaultStack(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path cse = dir.resolve("deep.cse");
    Files.writeString(cse, "(".repeat(199) + "srcPort" + "/2".repeat(4_999) + " > 1" + ")".repeat(199) + "\n");
    Path sumo = dir.resolve("deep.sumo");
    Files.writeString(sumo, "* | where " + "(".repeat(199) + "a" + "+1".repeat(4_999) + " > 1" + ")".repeat(199) + "\n");
    JvmRun run = runJvm("-Xss512k", "lint", cse.toString(), sumo.toString(), cse.toString(), sumo.toString());
    assertThat(run.output()).doesNotContain("StackOverflowError", "internal error");
    assertThat(run.exit()).as(run.output()).isZero();
  }

  @Test
  void runningOutOfMemoryIsOneLineThatSaysWhatToDo(@TempDir Path dir) throws IOException, InterruptedException {
    String rule = ManyValues.rule("Huge", "{category: process_creation, product: windows}", "CommandLine|contains",
        200_000, i -> "value number " + i);
    Path file = Files.writeString(dir.resolve("huge.yml"), rule);
    JvmRun run = runJvm("-Xmx24m", "compile", "--target", "cse", file.toString());
    assertThat(run.output()).startsWith("sigma2sumo: out of memory; give the JVM more with -Xmx").doesNotContain("\tat ");
    assertThat(run.exit()).isEqualTo(ExitCodes.INTERNAL);
  }

  @Test
  void outputIsUtf8InTheCLocale(@TempDir Path dir) throws IOException, InterruptedException {
    Path rule = Files.writeString(dir.resolve("u.yml"), "title: Ünïcode rule\nlogsource: {category: process_creation, "
        + "product: windows}\ndetection:\n  s: {CommandLine|contains: 'é€'}\n  condition: s\n");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.stdout.encoding=ANSI_X3.4-1968", "-Dsun.stderr.encoding=ANSI_X3.4-1968",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "compile", rule.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("LANG");
    builder.environment().remove("LC_ALL");
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("// Ünïcode rule").contains("é€").doesNotContain("?n?code");
  }

  /** What a sigma2sumo run in its own JVM printed (both streams) and its exit code. */
  private record JvmRun(String output, int exit) {}

  private static JvmRun runJvm(String option, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), option, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new JvmRun(output, process.exitValue());
  }
}
