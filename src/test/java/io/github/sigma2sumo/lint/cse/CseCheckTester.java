package io.github.sigma2sumo.lint.cse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;

/** Runs one CSE check on a small expression and asserts what it reports (1-based line:column). */
final class CseCheckTester {
  private final CseLintRunner runner;
  private final String checkId;

  private CseCheckTester(CseCheck check) {
    this.runner = new CseLintRunner(List.of(check));
    this.checkId = check.info().id();
  }

  static CseCheckTester of(CseCheck check) {
    return new CseCheckTester(check);
  }

  List<Diagnostic> findings(String expression) {
    List<Diagnostic> all = runner.lint(SourceFile.of("test.cse", expression));
    assertThat(all).as("syntax errors in the test expression").noneMatch(d -> d.checkId().equals(CseExpressionParser.SYNTAX));
    assertThat(all).allMatch(d -> d.checkId().equals(checkId));
    return all;
  }

  Diagnostic reportsOnceAt(String expression, int line, int column) {
    List<Diagnostic> found = findings(expression);
    assertThat(found).as("findings of %s on %s", checkId, expression).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.location().line() + ":" + d.location().column()).isEqualTo(line + ":" + column);
    return d;
  }

  void isClean(String expression) {
    assertThat(findings(expression)).as("findings of %s on %s", checkId, expression).isEmpty();
  }
}
