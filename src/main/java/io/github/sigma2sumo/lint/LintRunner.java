package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one Sumo query and runs every check over it. A query with syntax errors gets only those:
 * checks need a tree. The result is sorted by position, then check id.
 */
public final class LintRunner {

  private final List<Check> checks;

  public LintRunner(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  public static LintRunner withAllChecks() {
    return new LintRunner(Checks.ALL);
  }

  /** The checks whose findings are errors: what must hold of every query sigma2sumo generates. */
  public static LintRunner withErrorChecks() {
    return new LintRunner(Checks.ALL.stream().filter(c -> c.info().defaultSeverity() == Severity.ERROR).toList());
  }

  public List<Diagnostic> lint(SourceFile source) {
    QueryParser.Result parsed = QueryParser.parse(source);
    List<Diagnostic> out = new ArrayList<>(parsed.diagnostics());
    parsed.query().ifPresent(q -> out.addAll(check(source, q)));
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /** Runs the checks over an already parsed query. */
  public List<Diagnostic> check(SourceFile source, Query query) {
    DiagnosticSink sink = new DiagnosticSink(source);
    QueryWalk walk = QueryWalk.of(query);
    for (Check check : checks) {
      check.check(walk, new Reporter(sink, check.info()));
    }
    return sink.diagnostics();
  }
}
