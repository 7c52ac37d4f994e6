package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.sumo.SumoCatalog;

/**
 * A known function or aggregate called with the wrong number of arguments ({@code log(x, 10)},
 * {@code substring(s)}). Arity from the function pages of the docs, as listed in
 * {@link SumoCatalog}.
 */
public final class WrongArity extends AbstractCheck {
  public WrongArity() {
    super("wrong-arity", Severity.ERROR, "function called with the wrong number of arguments");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr e : walk.expressions()) {
      if (e instanceof Expr.Call call) {
        int count = call.args().size();
        SumoCatalog.function(call.name())
            .filter(arity -> !arity.accepts(count) && !SumoCatalog.isAggregate(call.name(), count))
            .ifPresent(arity -> out.report(call.span(),
                "'" + call.name() + "' takes " + arity.describe() + ", not " + count));
      }
    }
    for (Stage stage : walk.stages()) {
      if (stage instanceof Stage.Aggregate aggregate) {
        for (Stage.AggregateCall call : aggregate.calls()) {
          int count = call.star() ? 1 : call.args().size();
          SumoCatalog.aggregate(call.function())
              .filter(arity -> !arity.accepts(count))
              .ifPresent(arity -> out.report(call.span(),
                  "aggregate '" + call.function() + "' takes " + arity.describe() + ", not " + count));
        }
      }
    }
  }
}
