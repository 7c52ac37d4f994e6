package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that name what was probably meant: misspelt pipelines, transformations and fields, and help. */
class HelpfulMessagesTest {

  @TempDir Path dir;

  private Path rule(String field) throws Exception {
    return Files.writeString(dir.resolve("rule.yml"), """
        title: Rclone
        id: 11111111-1111-4111-8111-111111111111
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {%s|contains: 'rclone'}
            condition: selection
        """.formatted(field));
  }

  @Test
  void anUnknownTransformationTypeGetsADidYouMean() throws Exception {
    Path pipeline = Files.writeString(dir.resolve("p.yml"),
        "name: x\ntransformations:\n  - type: field_name_maping\n    mapping: {a: b}\n");
    CliRun run = CliRun.of("compile", "-p", pipeline.toString(), rule("CommandLine").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("p.yml:3:11: error[pipeline]: transformation type 'field_name_maping' is not "
        + "supported by sigma2sumo; did you mean 'field_name_mapping'?");
  }

  @Test
  void anUnknownBuiltInPipelineListsTheBuiltInOnes() throws Exception {
    CliRun run = CliRun.of("compile", "-p", "windows-jsn", rule("CommandLine").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("windows-jsn: error: not a built-in pipeline, nor a file; did you mean "
        + "'windows-json'? (the built-in ones: windows-sysmon, windows-eventlog, windows-json,");
  }

  @Test
  void aMisspeltFieldIsAWarningInCompileAndLint() throws Exception {
    Path rule = rule("CommandLin");
    String finding = "rule.yml:5:17: warning[sigma-field]: 'CommandLin' is not a field of process_creation events; "
        + "did you mean 'CommandLine'?";
    CliRun compile = CliRun.of("compile", rule.toString());
    assertThat(compile.code()).isZero(); // a warning: the rule still compiles
    assertThat(compile.err()).contains(finding);
    assertThat(CliRun.of("lint", rule.toString()).out()).contains(finding);
    assertThat(CliRun.of("lint", rule("CommandLine").toString()).out()).doesNotContain("sigma-field");
  }

  @Test
  void helpCompileShowsCompilesHelp() {
    CliRun run = CliRun.of("help", "compile");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: sigma2sumo compile").contains("--layout");
  }
}
