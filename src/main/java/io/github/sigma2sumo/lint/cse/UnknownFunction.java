package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.cse.CseFunctions;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.List;
import java.util.Optional;

/**
 * Calls of functions that Cloud SIEM does not have, or with the wrong number of arguments. Log-search
 * habits are named: {@code toLowerCase} works, {@code matches} of a wildcard string too, but
 * {@code formatDate}, {@code parse} or {@code count} do not exist in rule expressions.
 * Docs: docs/cse/rules/cse-rules-syntax.md (reference sumo-cloud-siem.md §2.4).
 */
final class UnknownFunction extends CseCheck.Base {
  UnknownFunction() {
    super("cse-unknown-function", Severity.ERROR, "Function that Cloud SIEM rule expressions do not have");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr e : nodes) {
      if (!(e instanceof Expr.Call call)) {
        continue;
      }
      Optional<CseFunctions.Arity> arity = CseFunctions.arity(call.name());
      if (arity.isEmpty()) {
        Optional<String> near = Suggestions.closest(call.name(), CseFunctions.names());
        String message = "Cloud SIEM has no function " + call.name() + "()";
        if (near.isPresent()) {
          out.report(call.span(), message + "; did you mean " + near.get() + "()?",
              Fix.describe("use " + near.get() + "()"));
        } else {
          out.report(call.span(), message);
        }
      } else if (!arity.get().accepts(call.args().size())) {
        out.report(call.span(), call.name() + "() takes " + arity.get() + " argument"
            + (arity.get().max() == 1 ? "" : "s") + ", not " + call.args().size());
      }
    }
  }
}
