package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.cse.CseChecks;
import io.github.sigma2sumo.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one Cloud SIEM rule expression and runs the CSE checks over it. An expression with
 * syntax errors gets only those. The result is sorted by position, then check id.
 */
public final class CseLintRunner {

  private final List<CseCheck> checks;

  public CseLintRunner(List<CseCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public static CseLintRunner withAllChecks() {
    return new CseLintRunner(CseChecks.ALL);
  }

  /** The checks whose findings are errors: what must hold of every expression sigma2sumo generates. */
  public static CseLintRunner withErrorChecks() {
    return new CseLintRunner(CseChecks.ALL.stream().filter(c -> c.info().defaultSeverity() == Severity.ERROR).toList());
  }

  public List<Diagnostic> lint(SourceFile source) {
    CseExpressionParser.Result parsed = CseExpressionParser.parse(source);
    List<Diagnostic> out = new ArrayList<>(parsed.diagnostics());
    parsed.rule().ifPresent(r -> out.addAll(check(source, r)));
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /** Runs the checks over an already parsed expression. */
  public List<Diagnostic> check(SourceFile source, CseRule rule) {
    DiagnosticSink sink = new DiagnosticSink(source);
    List<Expr> nodes = new ArrayList<>();
    rule.jsonClauses().forEach(j -> nodes.addAll(QueryWalk.outsideSubqueries(j.source())));
    nodes.addAll(QueryWalk.outsideSubqueries(rule.condition()));
    for (CseCheck check : checks) {
      check.check(rule, nodes, new Reporter(sink, check.info()));
    }
    return sink.diagnostics();
  }
}
