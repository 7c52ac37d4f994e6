package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.lint.cse.CseChecks;
import io.github.sigma2sumo.lint.policy.LintConfig;
import io.github.sigma2sumo.lint.policy.LintConfigLoader;
import io.github.sigma2sumo.lint.policy.LintPolicy;
import io.github.sigma2sumo.lint.policy.SuppressionComments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.compile.PipelineLoader;
import io.github.sigma2sumo.compile.RuleCompiler;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every check has a unique kebab-case id, a page in docs/checks/ listed in its index, and a test
 * class of its own; the examples on each page do what the page says.
 */
class CheckCatalogTest {
  private static final Path DOCS = Path.of(System.getProperty("project.root", "."), "docs", "checks");
  private static final Pattern CODE_BLOCK = Pattern.compile("```\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void idsAreUniqueAndKebabCase() {
    Set<String> ids = new HashSet<>();
    for (CheckInfo info : allInfos()) {
      String id = info.id();
      assertThat(id).matches("[a-z]+(-[a-z]+)*");
      assertThat(ids.add(id)).as("duplicate id %s", id).isTrue();
      assertThat(info.summary()).isNotBlank();
    }
    assertThat(ids).doesNotContain(QueryParser.SYNTAX, CseExpressionParser.SYNTAX);
    assertThat(CseChecks.ALL).allMatch(c -> c.info().id().startsWith("cse-"));
  }

  @Test
  void everyCheckHasATestClass() {
    List<Object> checks = new java.util.ArrayList<>(Checks.ALL);
    checks.addAll(CseChecks.ALL);
    for (Object check : checks) {
      String test = check.getClass().getName() + "Test";
      assertThat(exists(test)).as("test class %s", test).isTrue();
    }
  }

  @Test
  void theIndexListsEveryPage() throws IOException {
    String index = Files.readString(DOCS.resolve("README.md"));
    for (String id : idsWithSyntax()) {
      assertThat(index).contains("[" + id + "](" + id + ".md)");
    }
    try (var pages = Files.list(DOCS)) {
      assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
          .containsExactlyInAnyOrderElementsOf(idsWithSyntax().stream().map(id -> id + ".md").toList());
    }
  }

  /** The "Reported" example of each page is reported by its check; the corrected one is not. */
  @TestFactory
  List<DynamicTest> pageExamplesBehaveAsDocumented() {
    return idsWithSyntax().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
      String page = Files.readString(DOCS.resolve(id + ".md"));
      assertThat(page).startsWith("# " + id + "\n").contains("**Default severity:**");
      Matcher blocks = CODE_BLOCK.matcher(page.substring(page.indexOf("## Example")));
      assertThat(blocks.find()).isTrue();
      String reported = blocks.group(1);
      assertThat(blocks.find()).isTrue();
      String corrected = blocks.group(1);
      if (reported.startsWith("(")) {
        return; // described, not written out (a 20,000-character query)
      }
      assertThat(checkIds(id, reported)).as("findings on the reported example of %s", id).contains(id);
      assertThat(checkIds(id, corrected)).as("findings on the corrected example of %s", id).doesNotContain(id)
          .doesNotContain(QueryParser.SYNTAX, CseExpressionParser.SYNTAX);
    })).toList();
  }

  private static List<String> checkIds(String example) {
    if (example.startsWith("title:")) {
      DiagnosticSink sink = new DiagnosticSink(SourceFile.of("example.yml", example));
      SigmaLoader.load(sink.source(), sink);
      return sink.diagnostics().stream().map(Diagnostic::checkId).toList();
    }
    String query = example.startsWith("|") ? "*\n" + example : example;
    return LintRunner.withAllChecks().lint(SourceFile.of("example", query)).stream()
        .map(Diagnostic::checkId).toList();
  }

  /**
   * Cloud SIEM pages (ids cse-*) show expressions, linted as such; the settings page a settings
   * file, the suppression page a Sigma rule with its comments applied.
   */
  private static List<String> checkIds(String id, String example) {
    if (id.equals(io.github.sigma2sumo.content.TerraformContent.SYNTAX)) {
      return io.github.sigma2sumo.content.TerraformContent.read(example).malformed().isPresent()
          ? List.of(io.github.sigma2sumo.content.TerraformContent.SYNTAX) : List.of();
    }
    if (id.equals(io.github.sigma2sumo.content.JsonDocument.SYNTAX)) {
      return io.github.sigma2sumo.content.JsonDocument.parse(example).malformed().isPresent()
          ? List.of(io.github.sigma2sumo.content.JsonDocument.SYNTAX) : List.of();
    }
    if (id.equals(LintConfigLoader.CHECK)) {
      return LintConfigLoader.load(SourceFile.of(".sigma2sumo.yml", example), java.nio.file.Path.of(".sigma2sumo.yml"),
          idsWithSyntax()).problems().stream().map(Diagnostic::checkId).toList();
    }
    if (id.equals(LintPolicy.CHECK)) {
      SourceFile source = SourceFile.of("example.yml", example);
      DiagnosticSink sink = new DiagnosticSink(source);
      SigmaLoader.load(source, sink);
      return LintPolicy.apply(sink.diagnostics(), List.of(new LintPolicy.Input(source,
          SuppressionComments.Language.SIGMA)), LintConfig.none(java.nio.file.Path.of("").toAbsolutePath()), true,
          idsWithSyntax()).reported().stream().map(Diagnostic::checkId).toList();
    }
    if (!id.startsWith("cse-")) {
      return checkIds(example);
    }
    return CseLintRunner.withAllChecks().lint(SourceFile.of("example.cse", example)).stream()
        .map(Diagnostic::checkId).toList();
  }

  private static List<CheckInfo> allInfos() {
    List<CheckInfo> infos = new java.util.ArrayList<>(Checks.ALL.stream().map(Check::info).toList());
    CseChecks.ALL.forEach(c -> infos.add(c.info()));
    return infos;
  }

  /** Checks of Sigma files and of compilation, reported by the loader, the compiler and the CLI. */
  private static final List<String> SIGMA_IDS = List.of(SigmaLoader.SYNTAX, SigmaLoader.MODIFIER,
      SigmaLoader.CONDITION, SigmaLoader.METADATA, SigmaLoader.WILDCARD, SigmaLoader.VALUE, SigmaLoader.FIELD, "sigma-duplicate-id",
      RuleCompiler.CHECK, PipelineLoader.CHECK);

  private static List<String> idsWithSyntax() {
    List<String> ids = new java.util.ArrayList<>(allInfos().stream().map(CheckInfo::id).toList());
    ids.add(QueryParser.SYNTAX);
    ids.add(CseExpressionParser.SYNTAX);
    ids.add(io.github.sigma2sumo.content.JsonDocument.SYNTAX);
    ids.add(io.github.sigma2sumo.content.TerraformContent.SYNTAX);
    ids.addAll(SIGMA_IDS);
    ids.add(LintPolicy.CHECK);
    ids.add(LintConfigLoader.CHECK);
    return ids;
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
