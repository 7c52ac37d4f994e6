package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.sumo.SumoCatalog;
import java.util.Set;

/**
 * A call to a function or aggregate Sumo does not have, with a did-you-mean. Functions that
 * another language has are left to {@link ForeignFunction}. Docs: search-operators/index.md,
 * math-expressions/index.md, group-aggregate-operators/index.md.
 */
public final class UnknownFunction extends AbstractCheck {
  public UnknownFunction() {
    super("unknown-function", Severity.ERROR, "function or aggregate that Sumo Logic does not have");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr e : walk.expressions()) {
      if (e instanceof Expr.Call call && SumoCatalog.function(call.name()).isEmpty()
          && SumoCatalog.aggregate(call.name()).isEmpty() && SumoCatalog.foreignFunction(call.name()).isEmpty()) {
        report(out, call.name(), call, SumoCatalog.functionNames());
      }
    }
    for (Stage stage : walk.stages()) {
      if (stage instanceof Stage.Aggregate aggregate) {
        for (Stage.AggregateCall call : aggregate.calls()) {
          if (SumoCatalog.aggregate(call.function()).isEmpty()
              && SumoCatalog.foreignFunction(call.function()).isEmpty()) {
            reportAggregate(out, call, SumoCatalog.aggregateNames());
          }
        }
      }
    }
  }

  private static void report(Reporter out, String name, Expr.Call call, Set<String> candidates) {
    String message = "unknown function '" + name + "'";
    Suggestions.closest(name, candidates).ifPresentOrElse(
        s -> out.report(call.span(), message + "; did you mean '" + s + "'?", Fix.describe("use " + s + "(...)")),
        () -> out.report(call.span(), message));
  }

  private static void reportAggregate(Reporter out, Stage.AggregateCall call, Set<String> candidates) {
    String message = "'" + call.function() + "' is not an aggregate function";
    Suggestions.closest(call.function(), candidates).ifPresentOrElse(
        s -> out.report(call.span(), message + "; did you mean '" + s + "'?", Fix.describe("use " + s)),
        () -> out.report(call.span(), message));
  }
}
