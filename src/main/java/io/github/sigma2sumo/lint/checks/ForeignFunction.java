package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.Check;
import io.github.sigma2sumo.lint.CheckInfo;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.sumo.SumoCatalog;

/**
 * Functions of other query languages ({@code toLower}, {@code coalesce}, {@code dcount}, ...) and
 * the undocumented {@code count()}; each with the Sumo equivalent. Docs: tolowercase-touppercase.md,
 * isnull-isempty-isblank.md, count-count-distinct-and-count-frequent.md.
 */
public final class ForeignFunction implements Check {
  private static final CheckInfo INFO = new CheckInfo("foreign-function", Severity.ERROR,
      "function from another query language (toLower, coalesce, dcount, count(), ...)");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void check(Query query, Reporter out) {
    QueryWalk walk = QueryWalk.of(query);
    for (Expr e : walk.expressions()) {
      if (e instanceof Expr.Call call && SumoCatalog.function(call.name()).isEmpty()) {
        SumoCatalog.foreignFunction(call.name()).ifPresent(sumo -> out.report(call.span(),
            "'" + call.name() + "' is not a Sumo Logic function; use " + sumo, Fix.describe("use " + sumo)));
      }
    }
    for (Stage stage : walk.stages()) {
      if (stage instanceof Stage.Aggregate aggregate) {
        for (Stage.AggregateCall call : aggregate.calls()) {
          if (call.function().equalsIgnoreCase("count") && call.parenthesized() && call.args().isEmpty()
              && !call.star()) {
            out.report(call.span(), "'count()' with empty parentheses is not Sumo syntax; write 'count'",
                Fix.replaceWith("write count", "count" + call.alias().map(a -> " as " + a).orElse("")));
          } else if (SumoCatalog.aggregate(call.function()).isEmpty()) {
            SumoCatalog.foreignFunction(call.function()).ifPresent(sumo -> out.report(call.span(),
                "'" + call.function() + "' is not a Sumo Logic aggregate; use " + sumo,
                Fix.describe("use " + sumo)));
          }
        }
      }
    }
  }
}
