package io.github.sigma2sumo.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hooks of .pre-commit-hooks.yaml, run by pre-commit itself ({@code pre-commit
 * try-repo}) on a temporary git repository holding a broken rule: both hooks fail with the finding,
 * and pass once the rule is fixed. Skipped when pre-commit or git is not installed (Debian:
 * {@code apt-get install pre-commit}). The hooks run this build's launcher through $SIGMA2SUMO, so
 * pre-commit's clone of the repository is not built again.
 */
class PreCommitHooksIT {
  private static final Path ROOT = Path.of(System.getProperty("project.root", "."));

  @TempDir Path dir;

  private record Run(int code, String output) {}

  private Run run(Path where, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true);
    builder.environment().put("SIGMA2SUMO", Path.of(System.getProperty("launcher", "target/sigma2sumo"))
        .toAbsolutePath().toString());
    builder.environment().put("PRE_COMMIT_HOME", dir.resolve("cache").toString());
    builder.environment().put("GIT_AUTHOR_NAME", "t");
    builder.environment().put("GIT_AUTHOR_EMAIL", "t@example.com");
    builder.environment().put("GIT_COMMITTER_NAME", "t");
    builder.environment().put("GIT_COMMITTER_EMAIL", "t@example.com");
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private static boolean onPath(String program) {
    return List.of(System.getenv("PATH").split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  @Test
  void bothHooksFailOnABrokenRuleAndPassOnceItIsFixed() throws Exception {
    assumeTrue(onPath("pre-commit") && onPath("git"), "needs pre-commit and git on the PATH");
    // the hook repository: this project's hook files and scripts, committed in a fresh repository
    Path hooks = Files.createDirectories(dir.resolve("hooks/ci"));
    Files.copy(ROOT.resolve(".pre-commit-hooks.yaml"), dir.resolve("hooks/.pre-commit-hooks.yaml"));
    for (String script : List.of("sigma2sumo", "sigma2sumo-check")) {
      Files.copy(ROOT.resolve("ci/" + script), hooks.resolve(script));
      hooks.resolve(script).toFile().setExecutable(true);
    }
    Path hookRepo = dir.resolve("hooks");
    run(hookRepo, "git", "init", "-q");
    run(hookRepo, "git", "add", "-A");
    run(hookRepo, "git", "commit", "-qm", "hooks");
    Path project = Files.createDirectories(dir.resolve("project/rules"));
    Files.writeString(project.resolve("r.yml"), """
        title: Broken rule
        id: 11111111-2222-4333-8444-555555555555
        status: test
        logsource: {category: process_creation, product: windows}
        detection:
          selection:
            CommandLine|contians: rclone
          condition: selection
        level: high
        """);
    Path repo = dir.resolve("project");
    run(repo, "git", "init", "-q");
    run(repo, "git", "add", "-A");
    for (String hook : List.of("sigma2sumo-lint", "sigma2sumo-compile-check")) {
      Run broken = run(repo, "pre-commit", "try-repo", hookRepo.toString(), hook, "--all-files");
      assertThat(broken.code()).as(broken.output()).isEqualTo(1);
      assertThat(broken.output()).contains("rules/r.yml:7:").contains("error[sigma-modifier]").contains("contians");
    }
    Files.writeString(project.resolve("r.yml"), Files.readString(project.resolve("r.yml")).replace("contians", "contains"));
    run(repo, "git", "add", "-A");
    Run fixed = run(repo, "pre-commit", "try-repo", hookRepo.toString(), "--all-files");
    assertThat(fixed.code()).as(fixed.output()).isZero();
  }
}
