package io.github.sigma2sumo.lint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: how it is found, what each setting does, and the {@value LintConfigLoader#CHECK} findings. */
class ConfigCheckTest {

  private static final List<String> CHECKS = List.of("wildcard-equals", "case-sensitive-match", "sigma-field",
      "sigma-metadata", "cse-mixed-and-or", "cse-case-sensitive", "sumo-syntax");

  @TempDir Path dir;

  private LintConfigLoader.Loaded load(String text) {
    return LintConfigLoader.load(SourceFile.of(".sigma2sumo.yml", text), dir.resolve(".sigma2sumo.yml"), CHECKS);
  }

  private static Diagnostic finding(String file, String check) {
    return new Diagnostic(check, Severity.WARNING, "m", new Location(file, 1, 1, 1, 2), Optional.empty());
  }

  @Test
  void foundInTheNearestFolderAbove() throws Exception {
    Path deep = Files.createDirectories(dir.resolve("a/b/c"));
    assertThat(LintConfigLoader.find(deep)).isEmpty().as("none above a fresh temporary folder");
    Files.writeString(dir.resolve("a/.sigma2sumo.yml"), "ignore: [sigma-field]\n");
    assertThat(LintConfigLoader.find(deep)).contains(dir.resolve("a/.sigma2sumo.yml"));
  }

  @Test
  void selectIgnoreSeverityAndPerFileIgnores() {
    LintConfigLoader.Loaded loaded = load("""
        select: [all]
        ignore: [sigma-metadata, cse-*]
        severity:
          wildcard-equals: error
          case-sensitive-match: off
        per-file-ignores:
          "legacy/**": [sigma-field]
          "*.sumo": [wildcard-equals]
        """);
    assertThat(loaded.problems()).isEmpty();
    LintConfig config = loaded.config();
    assertThat(config.reports("sigma-metadata")).isFalse();
    assertThat(config.reports("cse-mixed-and-or")).isFalse();
    assertThat(config.reports("case-sensitive-match")).isFalse();
    assertThat(config.reports("sigma-field")).isTrue();
    assertThat(config.severity("wildcard-equals", Severity.WARNING)).isEqualTo(Severity.ERROR);
    String legacy = dir.resolve("legacy/x/r.yml").toString();
    assertThat(config.ignoredIn(legacy, "sigma-field")).isTrue();
    assertThat(config.ignoredIn(dir.resolve("rules/r.yml").toString(), "sigma-field")).isFalse();
    assertThat(config.ignoredIn(dir.resolve("q/deep/a.sumo").toString(), "wildcard-equals")).isTrue();
    LintPolicy.Applied applied = LintPolicy.apply(List.of(finding(legacy, "sigma-field"),
        finding("x.sumo", "case-sensitive-match"), finding("y.cse", "cse-case-sensitive"),
        finding(dir.resolve("r.yml").toString(), "wildcard-equals"), finding("z.sumo", "sumo-syntax")),
        List.of(), config, true, CHECKS);
    assertThat(applied.reported()).extracting(d -> d.checkId() + ":" + d.severity().label())
        .containsExactlyInAnyOrder("wildcard-equals:error", "sumo-syntax:warning");
  }

  @Test
  void selectNarrowsToTheNamedChecksButNeverHidesSyntaxErrors() {
    LintConfig config = load("select: [wildcard-equals]\nignore: [sumo-syntax]\n").config();
    assertThat(config.reports("wildcard-equals")).isTrue();
    assertThat(config.reports("sigma-field")).isFalse();
    assertThat(config.reports("sumo-syntax")).isTrue();
  }

  @Test
  void problemsAreFindingsAtTheirLine() {
    LintConfigLoader.Loaded loaded = load("""
        ignore: [sigma-metdata]
        severity:
          wildcard-equals: fatal
        exclde: [x]
        """);
    assertThat(loaded.failed()).isTrue();
    assertThat(loaded.problems()).extracting(d -> d.location().line() + ":" + d.location().column() + " "
        + d.severity().label() + " " + d.message()).containsExactly(
        "1:10 warning no check is named 'sigma-metdata' (did you mean 'sigma-metadata'?) (sigma2sumo list checks "
            + "names them all)",
        "3:20 error a severity is error, warning, note or off",
        "4:1 error unknown setting 'exclde' (did you mean 'exclude'?); the settings are select, ignore, severity, "
            + "per-file-ignores, exclude, pipelines");
    assertThat(load("[1, 2]").problems()).extracting(Diagnostic::message)
        .containsExactly("the configuration must be one mapping of settings (select, ignore, severity, "
            + "per-file-ignores, exclude, pipelines)");
    assertThat(load("a: [").problems().get(0).message()).startsWith("invalid YAML");
    assertThat(load("").failed()).isFalse();
  }
}
