package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.compile.Pipelines;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code sigma2sumo list ...} and {@code sigma2sumo show pipeline NAME}. */
class ListAndShowCommandTest {
  private static final Path PIPELINES = Path.of(System.getProperty("project.root", "."),
      "src/main/resources/io/github/sigma2sumo/pipelines");

  @Test
  void listPipelinesNamesEveryBuiltInWithTheTargetThatAppliesIt() {
    CliRun run = CliRun.of("list", "pipelines");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).hasSize(Pipelines.selectableNames().size())
        .anyMatch(l -> l.matches("proxy +\\[default: search] Web proxies and web servers; fields from Field "
            + "Extraction Rules \\(W3C names\\)\\."))
        .anyMatch(l -> l.matches("cse +\\[default: cse] Cloud SIEM: Sigma fields to the normalized schema .*\\."))
        .anyMatch(l -> l.matches("windows-json +\\[default: search] Windows events as Sumo Logic's Installed "
            + "Collector sends them .*"))
        .anyMatch(l -> l.matches("windows-xml +\\[with -p] \\[instead of windows-json] Windows events as XML .*"))
        .anyMatch(l -> l.matches("windows-sysmon-xml +\\[alias] another name of windows-xml"));
  }

  @Test
  void listChecksNamesEveryCheckWithItsSeverity() {
    CliRun run = CliRun.of("list", "checks");
    assertThat(run.out().lines()).hasSize(LintCommand.rules().size())
        .anyMatch(l -> l.matches("sigma-field +warning: field name one or two typing mistakes away .*"))
        .anyMatch(l -> l.matches("cse-syntax +error: .*"));
  }

  @Test
  void listTargetsAndFormats() {
    assertThat(CliRun.of("list", "targets").out()).startsWith("search  Sumo Logic log search").contains("\ncse     ");
    assertThat(CliRun.of("list", "formats").out()).contains("lint     text (default), json, sarif");
    CliRun wrong = CliRun.of("list", "rules");
    assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("expected one of [pipelines, checks, targets, formats]");
  }

  @Test
  void showPipelinePrintsTheShippedYaml() throws Exception {
    CliRun run = CliRun.of("show", "pipeline", "proxy");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(PIPELINES.resolve("proxy.yml")));
    CliRun wrong = CliRun.of("show", "pipeline", "prox");
    assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("prox: error: no built-in pipeline of that name; did you mean 'proxy'?");
  }
}
