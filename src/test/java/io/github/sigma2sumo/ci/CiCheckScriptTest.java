package io.github.sigma2sumo.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ci/sigma2sumo-check, the script that action.yml and other CI jobs run, with sigma2sumo itself
 * (this build's classes, through $SIGMA2SUMO): its exit codes and the SARIF file it writes.
 */
class CiCheckScriptTest {
  static final Path ROOT = Path.of(System.getProperty("project.root", "."));
  private static final String RULE = """
      title: Rclone run
      id: 11111111-2222-4333-8444-555555555555
      status: test
      description: rclone copies files out.
      author: the tests
      date: 2026-01-01
      tags: [attack.exfiltration, attack.t1567.002]
      logsource: {category: process_creation, product: windows}
      detection:
        selection:
          CommandLine|contains: 'rclone'
        condition: selection
      falsepositives: [none]
      level: high
      """;

  @TempDir Path dir;
  private Path wrapper;

  @BeforeEach
  void setUp() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    wrapper = Files.writeString(dir.resolve("sigma2sumo"), "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"),
        "bin", "java") + "' -cp '" + System.getProperty("java.class.path") + "' io.github.sigma2sumo.cli.Main \"$@\"\n");
    wrapper.toFile().setExecutable(true);
    Files.createDirectories(dir.resolve("repo/rules"));
  }

  private record Run(int code, String output) {}

  private Run check(Map<String, String> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("ci/sigma2sumo-check").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.resolve("repo").toFile()).redirectErrorStream(true);
    builder.environment().put("SIGMA2SUMO", wrapper.toString());
    builder.environment().putAll(env);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  @Test
  void cleanRulesExitZeroAndWriteSarif() throws Exception {
    Files.writeString(dir.resolve("repo/rules/r.yml"), RULE);
    Files.writeString(dir.resolve("repo/rules/workflow.yml"), "on: push\njobs: {}\n");
    Run run = check(Map.of("SIGMA2SUMO_OUTPUT", "out"));
    assertThat(run.code()).as(run.output()).isZero();
    JsonNode sarif = new ObjectMapper().readTree(dir.resolve("repo/sigma2sumo.sarif").toFile());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.at("/runs/0/results")).isEmpty();
    assertThat(dir.resolve("repo/out/r.sumo")).exists();
  }

  @Test
  void aRuleThatDoesNotCompileExitsOneAndItsFindingIsInTheSarif() throws Exception {
    Files.writeString(dir.resolve("repo/rules/r.yml"), RULE.replace("CommandLine|contains", "CommandLine|re|bogus"));
    Run run = check(Map.of("SIGMA2SUMO_SARIF", "findings.sarif", "SIGMA2SUMO_PIPELINES", "proxy"));
    assertThat(run.code()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("== sigma2sumo lint rules").contains("== sigma2sumo compile --target search rules")
        .contains("error[sigma-modifier]");
    JsonNode sarif = new ObjectMapper().readTree(dir.resolve("repo/findings.sarif").toFile());
    assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("sigma-modifier");
  }

  @Test
  void aMissingPathExitsTwoAfterRunningEveryStep() throws Exception {
    Run run = check(Map.of("SIGMA2SUMO_SARIF", ""), "no-such-folder");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.output()).contains("== sigma2sumo compile");
    assertThat(dir.resolve("repo/sigma2sumo.sarif")).doesNotExist();
  }
}
