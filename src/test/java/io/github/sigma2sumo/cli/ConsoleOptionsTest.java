package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --color, NO_COLOR, --quiet and the summary line of lint and compile. */
class ConsoleOptionsTest {

  @TempDir Path dir;

  @Test
  void autoColoursOnlyATerminalWithoutNoColorOrADumbTerm() {
    assertThat(ConsoleOptions.colored(ConsoleOptions.Color.auto, Map.of(), true)).isTrue();
    assertThat(ConsoleOptions.colored(ConsoleOptions.Color.auto, Map.of(), false)).isFalse();
    assertThat(ConsoleOptions.colored(ConsoleOptions.Color.auto, Map.of("NO_COLOR", "1"), true)).isFalse();
    assertThat(ConsoleOptions.colored(ConsoleOptions.Color.auto, Map.of("NO_COLOR", ""), true)).isTrue();
    assertThat(ConsoleOptions.colored(ConsoleOptions.Color.auto, Map.of("TERM", "dumb"), true)).isFalse();
    assertThat(ConsoleOptions.colored(ConsoleOptions.Color.always, Map.of("NO_COLOR", "1"), false)).isTrue();
    assertThat(ConsoleOptions.colored(ConsoleOptions.Color.never, Map.of(), true)).isFalse();
  }

  @Test
  void lintEndsWithASummaryLineAndQuietLeavesOnlyTheFindings() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.sumo"), "_sourceCategory=x | eval y = 1 | table y");
    Files.writeString(dir.resolve("good.sumo"), "_sourceCategory=x | count");
    CliRun run = CliRun.of("lint", dir.toString());
    assertThat(run.out()).endsWith("\n2 errors in 1 file\n").contains(" | _sourceCategory=x | eval y = 1");
    CliRun quiet = CliRun.of("lint", "--quiet", dir.toString());
    assertThat(quiet.out().lines()).hasSize(2).allMatch(l -> l.startsWith(bad + ":1:"));
    assertThat(CliRun.of("lint", dir.resolve("good.sumo").toString()).out()).isEqualTo("no findings in 1 file\n");
  }

  @Test
  void colourIsAnsiOnlyWhenAskedOrOnATerminal() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.sumo"), "_sourceCategory=x | eval y = 1");
    assertThat(CliRun.of("lint", bad.toString()).out()).doesNotContain("\u001b[");
    assertThat(CliRun.of("lint", "--color", "always", bad.toString()).out())
        .contains("\u001b[1;31merror[foreign-operator]\u001b[0m: ");
  }

  @Test
  void compileSaysHowManyRulesCompiledAndQuietShowsOnlyErrors() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("ok.yml"), """
        title: Ok
        id: 11111111-1111-4111-8111-111111111111
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {CommandLin|contains: 'x'}
            condition: selection
        """);
    Files.writeString(rules.resolve("bad.yml"), """
        title: Bad
        id: 22222222-2222-4222-8222-222222222222
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {Image|endswth: 'x'}
            condition: selection
        """);
    CliRun run = CliRun.of("compile", rules.toString());
    assertThat(run.err()).contains("warning[sigma-field]").endsWith("compiled 1 of 2 rules; 1 error, 1 warning in 2 files\n");
    CliRun quiet = CliRun.of("compile", "--quiet", rules.toString());
    assertThat(quiet.err()).contains("error[sigma-modifier]").doesNotContain("warning").doesNotContain("compiled ");
    assertThat(quiet.out()).isEqualTo(run.out());
  }
}
