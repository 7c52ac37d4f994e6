package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.sumo.SumoCatalog;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stage whose operator Sumo does not have, with the nearest real operator as a suggestion. Docs:
 * search-operators/index.md. Template parameters standing for a whole stage are left alone.
 */
public final class UnknownOperator extends AbstractCheck {
  public UnknownOperator() {
    super("unknown-operator", Severity.ERROR, "operator that Sumo Logic does not have");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Stage stage : walk.stages()) {
      if (!(stage instanceof Stage.Other other)) {
        continue;
      }
      String name = other.operator();
      if (name.startsWith("{{") || SumoCatalog.isOperator(name) || SumoCatalog.foreignOperator(name).isPresent()) {
        continue;
      }
      Set<String> known = new TreeSet<>(SumoCatalog.operatorNames());
      String message = "unknown operator '" + name + "'";
      Suggestions.closest(name, known).ifPresentOrElse(
          s -> out.report(other.span(), message + "; did you mean '" + s + "'?", Fix.describe("use '" + s + "'")),
          () -> out.report(other.span(), message));
    }
  }
}
