package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sigma2sumo.ast.AstComparator;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.lint.LintRunner;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SigmaHQ rule in ../shared/corpus/sigmahq with the default pipelines: no crash, at least
 * 99% compile, every failure is one of the known ones below with its reason, and every compiled
 * query parses back to the same tree and lints without errors.
 */
class SigmaCorpusTest {

  /** Rules that do not compile, and why: each is something Sumo cannot express, not a gap of ours. */
  /** The hash lists of the two driver_load rules are cut into parts under the limit; a negated list cannot be. */
  private static final Map<String, String> KNOWN_FAILURES = Map.of(
      "net_connection_win_office_outbound_non_local_ip.yml",
          "hundreds of IPv4 and IPv6 networks, negated: the query exceeds Sumo's 15,000 characters and cannot be cut");

  @Test
  void sigmaHqRulesCompileLintCleanAndRoundTrip() throws Exception {
    List<Path> files = corpusFiles();
    RuleCompiler compiler = new RuleCompiler(defaultPipelines(Target.SEARCH));
    LintRunner lint = LintRunner.withAllChecks();
    Map<String, String> failures = new TreeMap<>();
    int compiled = 0;
    for (Path file : files) {
      for (CompiledRule rule : compiler.compile(SourceFile.of(file.toString(), Files.readString(file)))) {
        if (rule.failed()) {
          failures.put(file.getFileName().toString(), rule.diagnostics().stream()
              .filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::message).findFirst().orElse("?"));
          continue;
        }
        compiled++;
        for (String query : rule.queryParts()) { // a query over Sumo's limit is in parts, each a query
          QueryParser.Result parsed = QueryParser.parse(SourceFile.of("q", query));
          assertThat(parsed.diagnostics()).as("parse of %s:%n%s", file, query).isEmpty();
          QueryParser.Result again = QueryParser.parse(SourceFile.of("q", io.github.sigma2sumo.emit.QueryPrinter.print(
              parsed.query().orElseThrow())));
          assertThat(AstComparator.firstDifference(parsed.query().get(), again.query().orElseThrow())).isEmpty();
          assertThat(lint.check(SourceFile.of("q", query), parsed.query().get()))
              .as("lint of %s", file).noneMatch(d -> d.severity() == Severity.ERROR);
        }
      }
    }
    assertThat(failures.keySet()).as("failures: %s", failures)
        .containsExactlyInAnyOrderElementsOf(KNOWN_FAILURES.keySet());
    assertThat((double) compiled / (compiled + failures.size())).isGreaterThanOrEqualTo(0.99);
  }

  /**
   * With --target cse: no crash; every failure is a keyword detection; every expression parses
   * back to the same tree and passes every CSE check at error level. 86 of the 3144 rules are
   * keyword detections, so 97.3% compile (the figure is pinned below).
   */
  @Test
  void sigmaHqRulesCompileToCloudSiemLintCleanAndRoundTrip() throws Exception {
    List<Path> files = corpusFiles();
    RuleCompiler compiler = new RuleCompiler(defaultPipelines(Target.CSE), Target.CSE);
    CseLintRunner lint = CseLintRunner.withAllChecks();
    Map<String, String> failures = new TreeMap<>();
    int keywordFailures = 0;
    int compiled = 0;
    for (Path file : files) {
      for (CompiledRule rule : compiler.compile(SourceFile.of(file.toString(), Files.readString(file)))) {
        if (rule.failed()) {
          String reason = rule.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
              .map(Diagnostic::message).findFirst().orElse("?");
          if (reason.startsWith("a keyword search (a value with no field) has nothing to search in Cloud SIEM")) {
            keywordFailures++;
          } else {
            failures.put(file.getFileName().toString(), reason);
          }
          continue;
        }
        compiled++;
        if (rule.cse().orElseThrow() instanceof CseDetection.Match m) {
          assertThat(m.expression()).isEqualTo(rule.query().orElseThrow());
          CseExpressionParser.Result parsed = CseExpressionParser.parse(SourceFile.of("e.cse", m.expression()));
          assertThat(parsed.diagnostics()).as("parse of %s:%n%s", file, m.expression()).isEmpty();
          CseExpressionParser.Result again = CseExpressionParser.parse(SourceFile.of("e.cse",
              io.github.sigma2sumo.emit.CsePrinter.print(parsed.rule().orElseThrow())));
          assertThat(AstComparator.firstDifference(parsed.rule().get(), again.rule().orElseThrow())).isEmpty();
          assertThat(lint.check(SourceFile.of("e.cse", m.expression()), parsed.rule().get()))
              .as("lint of %s", file).noneMatch(d -> d.severity() == Severity.ERROR);
        }
      }
    }
    assertThat(failures).as("failures other than keyword detections").isEmpty();
    assertThat(keywordFailures).isEqualTo(86);
    assertThat(compiled).isEqualTo(3144 - 86);
  }

  /** The corpus rules, sorted; the test is skipped when the corpus is absent. */
  private static List<Path> corpusFiles() throws java.io.IOException {
    Path corpus = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sigmahq");
    assumeTrue(Files.isDirectory(corpus), "corpus not present");
    try (Stream<Path> walk = Files.walk(corpus)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
      assertThat(files.size()).isGreaterThan(3000);
      return files;
    }
  }

  private static List<Pipeline> defaultPipelines(Target target) {
    DiagnosticSink problems = new DiagnosticSink(SourceFile.of("pipelines", ""));
    List<Pipeline> pipelines = new ArrayList<>();
    for (String name : Pipelines.defaultNames(target)) {
      pipelines.add(Pipelines.builtIn(name, problems).orElseThrow());
    }
    assertThat(problems.diagnostics()).isEmpty();
    return pipelines;
  }
}
