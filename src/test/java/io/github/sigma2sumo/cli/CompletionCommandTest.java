package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sigma2sumo completion bash}: the script, sourced by a real bash, completes partial command lines. */
class CompletionCommandTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sigma2sumo comp                           | compile completion",
      "sigma2sumo lin                            | lint",
      "sigma2sumo compile --tar                  | --target",
      "sigma2sumo compile -p windows-sysmon-     | windows-sysmon-json windows-sysmon-xml",
      "sigma2sumo compile -p windows-o           | windows-otel",
      "sigma2sumo lint --form                    | --format",
      "sigma2sumo completion                     | bash zsh"})
  void bashCompletesWhatTheCommandModelSays(String line, String expected) throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "needs bash");
    CliRun script = CliRun.of("completion", "bash");
    assertThat(script.code()).isZero();
    Path file = Files.writeString(dir.resolve("sigma2sumo.bash"), script.out());
    List<String> words = Arrays.asList(line.split(" "));
    boolean trailingSpace = line.endsWith("completion");
    String cword = Integer.toString(trailingSpace ? words.size() : words.size() - 1);
    String program = "source '" + file + "' 2>/dev/null\n"
        + "COMP_WORDS=(" + String.join(" ", words) + (trailingSpace ? " ''" : "") + ")\n"
        + "COMP_CWORD=" + cword + "\nCOMP_LINE='" + line + (trailingSpace ? " " : "") + "'\nCOMP_POINT=${#COMP_LINE}\n"
        + "_complete_sigma2sumo sigma2sumo \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p = new ProcessBuilder(bash.toString(), "-c", program).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(Arrays.asList(out.strip().split("\n"))).containsExactlyInAnyOrder(expected.split(" "));
  }
}
