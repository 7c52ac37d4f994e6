package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code *} in a string compared with {@code =}, {@code !=} or {@code IN}: in Cloud SIEM it is a
 * literal star, so {@code commandLine = '*whoami*'} only matches that exact text. Wildcards need
 * {@code LIKE '%whoami%'} or {@code matches "*whoami*"} (docs/cse/rules/cse-rules-syntax.md; the
 * official converter's known bug, reference sumo-cloud-siem.md §8.1).
 *
 * <p>A literal star is sometimes meant: Sumo's own rules compare an HTTP {@code Accept} header with
 * {@code '*}{@code /*'}, and IAM policies hold {@code s3:*}. So the finding is a warning that says
 * so, and an error only where the expression shows wildcard intent: a star at both ends of a
 * word ({@code '*whoami*'}, not {@code '*}{@code /*'}), a star in a value with a backslash (a Windows path or UNC name such as
 * {@code '\\*\SYSVOL'}, where {@code *} cannot be a character of a name), or the same operand
 * matched with a wildcard elsewhere in the expression ({@code LIKE} with {@code %} or {@code _},
 * {@code matches} with a {@code *} pattern).
 */
final class WildcardLiteral extends CseCheck.Base {
  WildcardLiteral() {
    super("cse-wildcard-literal", Severity.WARNING, "'*' in = or IN, where it is a literal character");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    Set<String> wildcardOperands = new HashSet<>();
    for (Expr e : nodes) {
      if (e instanceof Expr.Like l && l.pattern() instanceof Expr.StringLit p
          && (p.value().indexOf('%') >= 0 || p.value().indexOf('_') >= 0)) {
        wildcardOperands.add(out.text(l.subject().span()));
      } else if (e instanceof Expr.Matches m && m.pattern() instanceof Expr.StringLit p && p.value().indexOf('*') >= 0) {
        wildcardOperands.add(out.text(m.subject().span()));
      }
    }
    for (Expr e : nodes) {
      if (e instanceof Expr.Binary b && (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE)) {
        report(b.right(), b.left(), b.op().symbol(), wildcardOperands, out);
        report(b.left(), b.right(), b.op().symbol(), wildcardOperands, out);
      } else if (e instanceof Expr.In in) {
        in.values().forEach(v -> report(v, in.subject(), "IN", wildcardOperands, out));
      }
    }
  }

  private static void report(Expr value, Expr operand, String op, Set<String> wildcardOperands, Reporter out) {
    if (!(value instanceof Expr.StringLit s) || s.value().indexOf('*') < 0 || s.value().equals("*")) {
      return;
    }
    String v = s.value();
    String instead = "for a wildcard write LIKE '" + v.replace('*', '%') + "' or matches \"" + v + "\"";
    boolean bothEnds = v.length() > 2 && v.startsWith("*") && v.endsWith("*") && v.substring(1, v.length() - 1)
        .codePoints().anyMatch(Character::isLetterOrDigit);
    if (bothEnds || v.indexOf('\\') >= 0 || wildcardOperands.contains(out.text(operand.span()))) {
      out.report(Severity.ERROR, s.span(), "'*' is a literal character in " + op + "; " + instead);
    } else {
      out.report(s.span(), "'*' is a literal character in " + op + ", so this matches only the exact text " + v
          + " (right for a value that holds a star, such as an HTTP Accept header of */*); " + instead);
    }
  }
}
