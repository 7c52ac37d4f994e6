package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.List;

/**
 * A {@code *} in a string compared with {@code =}, {@code !=} or {@code IN}: in Cloud SIEM it is a
 * literal star, so {@code commandLine = '*whoami*'} only matches that exact text. Wildcards need
 * {@code LIKE '%whoami%'} or {@code matches "*whoami*"} (docs/cse/rules/cse-rules-syntax.md; the
 * official converter's known bug, reference sumo-cloud-siem.md §8.1).
 */
final class WildcardLiteral extends CseCheck.Base {
  WildcardLiteral() {
    super("cse-wildcard-literal", Severity.ERROR, "'*' in = or IN, where it is a literal character");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr e : nodes) {
      if (e instanceof Expr.Binary b && (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE)) {
        report(b.right(), b.op().symbol(), out);
        report(b.left(), b.op().symbol(), out);
      } else if (e instanceof Expr.In in) {
        in.values().forEach(v -> report(v, "IN", out));
      }
    }
  }

  private static void report(Expr value, String op, Reporter out) {
    if (value instanceof Expr.StringLit s && s.value().indexOf('*') >= 0 && !s.value().equals("*")) {
      out.report(s.span(), "'*' is a literal character in " + op + "; for a wildcard write LIKE '"
          + s.value().replace('*', '%') + "' or matches \"" + s.value() + "\"");
    }
  }
}
