package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.sumo.SumoCatalog;

/**
 * Functions of other query languages ({@code toLower}, {@code coalesce}, {@code dcount}, ...) and
 * the undocumented {@code count()}; each with the Sumo equivalent. Docs: tolowercase-touppercase.md,
 * isnull-isempty-isblank.md, count-count-distinct-and-count-frequent.md. They are found in parsed
 * expressions and aggregates, and also in the unparsed arguments of raw stages, so that
 * {@code | eval x = toLower(y)} reports both the operator and the function.
 */
public final class ForeignFunction extends AbstractCheck {
  public ForeignFunction() {
    super("foreign-function", Severity.ERROR,
        "function from another query language (toLower, coalesce, dcount, count(), ...)");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr e : walk.expressions()) {
      if (e instanceof Expr.Call call && SumoCatalog.function(call.name()).isEmpty()) {
        SumoCatalog.foreignFunction(call.name()).ifPresent(sumo -> out.report(call.span(),
            "'" + call.name() + "' is not a Sumo Logic function; use " + sumo, Fix.describe("use " + sumo)));
      }
    }
    for (QueryWalk.RawCall call : walk.rawCalls()) {
      if (call.name().equalsIgnoreCase("count") && call.args().items().isEmpty()) {
        out.report(call.span(), "'count()' with empty parentheses is not Sumo syntax; write 'count'",
            Fix.describe("write count"));
      } else if (SumoCatalog.function(call.name()).isEmpty() && SumoCatalog.aggregate(call.name()).isEmpty()) {
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
                Fix.certain("write count", "count"
                    + call.alias().map(a -> " as " + SumoSyntax.field(a)).orElse("")));
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
