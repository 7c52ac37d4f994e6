package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.QueryPrinter;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;

/**
 * {@code where x = "fail*"} compares literally: {@code =} does not evaluate wildcards (docs
 * search-operators/where.md: "use matches when using wildcards"). Comparisons of a dashboard
 * parameter with {@code "*"} ({@code "{{user}}" = "*"}) are the usual "all values" idiom and are
 * left alone, and so is a star written escaped ({@code "\\*"}), which says it is meant literally.
 */
public final class WildcardEquals extends AbstractCheck {
  public WildcardEquals() {
    super("wildcard-equals", Severity.WARNING, "wildcard compared with = or != (compared literally)");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr e : walk.expressions()) {
      if (e instanceof Expr.Binary b && (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE)
          && !mentionsTemplate(b.left()) && !mentionsTemplate(b.right())) {
        Expr subject = b.right() instanceof Expr.StringLit ? b.left() : b.right();
        Expr other = subject == b.left() ? b.right() : b.left();
        if (other instanceof Expr.StringLit s && s.value().indexOf('*') >= 0 && !(subject instanceof Expr.StringLit)
            && hasBareStar(out.text(s.span()))) {
          Expr.Matches matches = new Expr.Matches(subject, s, false, b.span());
          String replacement = QueryPrinter.print(b.op() == BinaryOp.EQ ? matches
              : new Expr.Unary(io.github.sigma2sumo.ast.UnaryOp.NOT, matches, b.span()));
          out.report(b.span(), "'" + b.op().symbol() + "' compares \"" + s.value()
              + "\" literally, '*' included; wildcards need 'matches'",
              Fix.replaceWith("use matches", replacement));
        }
      }
    }
  }

  /** True when some {@code *} of the literal as written is not escaped: {@code "\\*\\ipc$"} says its star is literal. */
  private static boolean hasBareStar(String literal) {
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*') {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsTemplate(Expr e) {
    return e instanceof Expr.Template || e instanceof Expr.StringLit s && s.value().contains("{{");
  }
}
