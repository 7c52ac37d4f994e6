package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.sumo.SumoCatalog;

/**
 * Operators of Splunk SPL, KQL and the Sumo metrics language written in a log search: {@code eval},
 * {@code stats}, {@code table}, {@code rename}, {@code search}, {@code head}, {@code rex},
 * {@code spath}... None is in the operator index (docs search-operators/index.md) or the log
 * operators cheat sheet; see docs/checks/foreign-operator.md.
 */
public final class ForeignOperator extends AbstractCheck {
  public ForeignOperator() {
    super("foreign-operator", Severity.ERROR, "operator from another query language (eval, stats, table, ...)");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Stage stage : walk.stages()) {
      if (stage instanceof Stage.Other other) {
        SumoCatalog.foreignOperator(other.operator()).ifPresent(fix -> out.report(other.span(),
            "'" + other.operator() + "' is not a Sumo Logic log-search operator", Fix.describe(fix)));
      }
    }
  }
}
