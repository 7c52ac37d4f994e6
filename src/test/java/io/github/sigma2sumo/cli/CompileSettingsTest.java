package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compile} with a settings file: its pipelines, excludes and severities, and suppression comments. */
class CompileSettingsTest {

  @TempDir Path dir;

  private Path rule(String name, String field) throws Exception {
    return Files.writeString(dir.resolve(name), """
        title: Rclone run
        id: 11111111-2222-4333-8444-555555555555
        status: test
        logsource: {category: process_creation, product: windows}
        detection:
          selection:
            %s|contains: 'rclone'
          condition: selection
        level: high
        """.formatted(field));
  }

  @Test
  void theSettingsPipelinesStandForDashPAndPathsAreRelativeToTheFile() throws Exception {
    rule("r.yml", "CommandLine");
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("conf/scope.yml"), """
        name: our-scope
        priority: 100
        transformations:
          - type: sumo_scope
            scope: '_sourceCategory=ours/sysmon'
        """);
    Path settings = Files.writeString(dir.resolve("conf/.sigma2sumo.yml"), "pipelines: [scope.yml]\n");
    CliRun run = CliRun.of("compile", "--config", settings.toString(), dir.resolve("r.yml").toString());
    assertThat(run.err()).doesNotContain("error");
    assertThat(run.out()).contains("_sourceCategory=ours/sysmon");
    CliRun given = CliRun.of("compile", "--config", settings.toString(), "-p", "proxy", dir.resolve("r.yml").toString());
    assertThat(given.out()).doesNotContain("ours/sysmon");
  }

  @Test
  void severitiesExcludesAndCommentsApply() throws Exception {
    rule("r.yml", "CommandLin");
    Path settings = Files.writeString(dir.resolve(".sigma2sumo.yml"), "severity: {sigma-field: error}\n");
    CliRun strict = CliRun.of("compile", "--config", settings.toString(), dir.resolve("r.yml").toString());
    assertThat(strict.err()).contains("error[sigma-field]");
    assertThat(strict.code()).isEqualTo(ExitCodes.FINDINGS);
    Path commented = Files.writeString(dir.resolve("c.yml"), Files.readString(dir.resolve("r.yml"))
        .replace("CommandLin|contains: 'rclone'", "CommandLin|contains: 'rclone'  # sigma2sumo-ignore: sigma-field ours"));
    CliRun quiet = CliRun.of("compile", "--no-config", commented.toString());
    assertThat(quiet.err()).doesNotContain("sigma-field");
    Path excluding = Files.writeString(dir.resolve("x.yml"), "exclude: ['r.yml']\n");
    CliRun excluded = CliRun.of("compile", "--config", excluding.toString(), dir.toString());
    assertThat(excluded.err()).doesNotContain("r.yml");
  }
}
