package io.github.sigma2sumo.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.lint.Check;
import io.github.sigma2sumo.lint.LintRunner;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * Runs one check on a small query and asserts what it reports (positions are 1-based line and
 * column, as printed).
 */
final class CheckTester {
  private final LintRunner runner;
  private final String checkId;

  private CheckTester(Check check) {
    this.runner = new LintRunner(List.of(check));
    this.checkId = check.info().id();
  }

  static CheckTester of(Check check) {
    return new CheckTester(check);
  }

  /** The check's findings on {@code query}; the query must parse. */
  List<Diagnostic> findings(String query) {
    List<Diagnostic> all = runner.lint(SourceFile.of("test.sumo", query));
    assertThat(all).as("syntax errors in the test query").noneMatch(d -> d.checkId().equals("sumo-syntax"));
    assertThat(all).allMatch(d -> d.checkId().equals(checkId));
    return all;
  }

  /** Asserts exactly one finding at {@code line:column} and returns it. */
  Diagnostic reportsOnceAt(String query, int line, int column) {
    List<Diagnostic> found = findings(query);
    assertThat(found).as("findings of %s on %s", checkId, query).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.location().line() + ":" + d.location().column()).isEqualTo(line + ":" + column);
    return d;
  }

  void isClean(String query) {
    assertThat(findings(query)).as("findings of %s on %s", checkId, query).isEmpty();
  }

  static Optional<String> replacement(Diagnostic d) {
    return d.fix().flatMap(f -> f.replacement());
  }
}
