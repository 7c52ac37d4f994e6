package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.UnaryOp;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.ArrayList;
import java.util.List;

/**
 * A literal where a condition belongs: an operand of {@code AND}, {@code OR} or {@code NOT}, or the
 * whole expression. The syntax page says both sides of {@code ||} must be boolean; a bare string
 * such as {@code "ln -s /etc/passwd"} is a keyword search in log search, not a test in Cloud SIEM
 * (the legacy converter's keyword output, reference peer-outputs.md §4).
 */
final class NotBoolean extends CseCheck.Base {
  NotBoolean() {
    super("cse-not-boolean", Severity.ERROR, "A string or number where a condition belongs");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    List<Expr> operands = new ArrayList<>();
    operands.add(rule.condition());
    for (Expr e : nodes) {
      if (e instanceof Expr.And a) {
        operands.addAll(a.terms());
      } else if (e instanceof Expr.Or o) {
        operands.addAll(o.terms());
      } else if (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
        operands.add(u.operand());
      }
    }
    for (Expr operand : operands) {
      if (operand instanceof Expr.StringLit || operand instanceof Expr.NumberLit || operand instanceof Expr.RegexLit) {
        out.report(operand.span(), "a " + (operand instanceof Expr.NumberLit ? "number" : operand instanceof Expr.RegexLit
            ? "regex" : "string") + " is not a condition: Cloud SIEM has no keyword search; test a field, such as "
            + "lower(commandLine) LIKE '%...%'");
      }
    }
  }
}
