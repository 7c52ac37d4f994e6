package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-built command models: every option reaches its command, with its default when not
 * given, and bad values are usage errors. (The commands' own tests cover what the options do.)
 */
class CommandModelsTest {

  @TempDir
  Path dir;

  private static final String RULE = """
      title: Download Cradle
      id: 33333333-3333-4333-8333-333333333333
      name: cradle
      status: test
      level: high
      author: Someone
      logsource: {category: process_creation, product: windows}
      detection:
          selection: {CommandLine|contains: 'DownloadString'}
          condition: selection
      """;

  private Path rule() throws Exception {
    return Files.writeString(dir.resolve("rule.yml"), RULE);
  }

  @Test
  void versionIsPrintedByTheCommandAndEverySubcommand() {
    for (String[] args : new String[][] {{"--version"}, {"compile", "-V"}, {"lint", "--version"}, {"pack", "-V"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.code()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).as(String.join(" ", args)).matches("sigma2sumo \\S+ \\((unknown|[0-9a-f]{12})\\)\\R");
    }
  }

  @Test
  void compileDefaultsAndTheirOverrides() throws Exception {
    Path rule = rule();
    CliRun defaults = CliRun.of("compile", rule.toString());
    assertThat(defaults.code()).isZero();
    assertThat(defaults.out()).startsWith("// Download Cradle").contains("_sourceCategory=");

    assertThat(CliRun.of("compile", "--target", "cse", rule.toString()).out()).startsWith("/* Download Cradle");
    assertThat(CliRun.of("compile", "--format=json", rule.toString()).out()).startsWith("{").contains("\"rules\"");

    CliRun bare = CliRun.of("compile", "--no-default-pipelines", rule.toString());
    assertThat(bare.out()).doesNotContain("_sourceCategory=").contains("downloadstring");
    assertThat(bare.err()).contains("no pipeline gives a search scope");
    assertThat(bare.code()).isZero();
    assertThat(CliRun.of("compile", "--no-default-pipelines", "--fail-on", "warning", rule.toString()).code())
        .isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void compileFilterFilesApplyToTheRulesTheyName() throws Exception {
    Path rule = rule();
    Path filter = Files.writeString(dir.resolve("filter.yml"), """
        title: Not On The Build Server
        filter:
            rules: [cradle]
            selection: {Computer: 'build01'}
            condition: not selection
        logsource: {product: windows}
        """);
    assertThat(CliRun.of("compile", rule.toString()).out()).doesNotContain("build01");
    assertThat(CliRun.of("compile", "--filter", filter.toString(), rule.toString()).out()).contains("build01");
  }

  @Test
  void compileWritesFilesIntoTheOutputDirectory() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("compile", "-o", out.toString(), rule().toString()).code()).isZero();
    assertThat(out.resolve(rule().getFileName().toString().replace(".yml", ".sumo"))).exists();
  }

  @Test
  void lintSigmaFlagReadsStandardInputAsARule() {
    InputStream stdin = System.in;
    try {
      String notATitle = "title: 42\nlogsource: {product: windows}\ndetection: {s: {a: b}, condition: s}\n";
      System.setIn(new ByteArrayInputStream(notATitle.getBytes(StandardCharsets.UTF_8)));
      CliRun sigma = CliRun.of("lint", "--sigma", "--fail-on", "never", "-");
      System.setIn(new ByteArrayInputStream(notATitle.getBytes(StandardCharsets.UTF_8)));
      CliRun dialect = CliRun.of("lint", "--dialect", "sigma", "--fail-on", "never", "-");
      assertThat(sigma.out()).contains("sigma-").isEqualTo(dialect.out());
      assertThat(sigma.code()).isZero();
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void packLicenseAndFolderReachThePack() throws Exception {
    Path rule = rule();
    Path defaults = dir.resolve("default.json");
    assertThat(CliRun.of("pack", "--format", "content", "-o", defaults.toString(), rule.toString()).code()).isZero();
    assertThat(Files.readString(defaults)).contains("\"Sigma detections\"").contains("DRL-1.1");

    Path named = dir.resolve("named.json");
    CliRun run = CliRun.of("pack", "--format", "content", "--folder", "Team X", "--license", "MIT",
        "-o", named.toString(), rule.toString());
    assertThat(run.code()).isZero();
    assertThat(Files.readString(named)).contains("\"Team X\"").contains("MIT").doesNotContain("DRL-1.1");
  }

  @Test
  void badValuesAndMissingRequiredOptionsAreUsageErrors() throws Exception {
    String rule = rule().toString();
    for (String[] args : new String[][] {
        {"compile", "--fail-on", "sometimes", rule},
        {"compile", "--format", "yaml", rule},
        {"lint", "--dialect", "kql", rule},
        {"pack", "--format", "content", rule},
        {"pack", "-o", dir.resolve("x.json").toString(), rule},
        {"compile"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(String.join(" ", args)).contains("Usage: sigma2sumo " + args[0]);
    }
  }
}
