package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.UnaryOp;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.QueryPrinter;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;

/**
 * {@code !x matches "y"} negates {@code x}, not the match: {@code !} binds tighter than
 * {@code matches}, {@code contains} and {@code in}. The docs negate a match as
 * {@code !(x matches "y")} (search-operators/matches.md).
 */
public final class NegationPrecedence extends AbstractCheck {
  public NegationPrecedence() {
    super("negation-precedence", Severity.ERROR,
        "'!' applied to the left operand of matches/contains/in instead of the whole test");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr e : walk.expressions()) {
      Expr subject = e instanceof Expr.Matches m ? m.subject()
          : e instanceof Expr.Contains c ? c.subject()
          : e instanceof Expr.In i ? i.subject() : null;
      if (subject instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
        Expr fixed = new Expr.Unary(UnaryOp.NOT, replaceSubject(e, u.operand()), e.span());
        out.report(e.span(), "'!' negates only '" + QueryPrinter.print(u.operand())
            + "', not the whole test; write !( ... ) around it", Fix.replaceWith("negate the test", QueryPrinter.print(fixed)));
      }
    }
  }

  private static Expr replaceSubject(Expr test, Expr subject) {
    if (test instanceof Expr.Matches m) {
      return new Expr.Matches(subject, m.pattern(), m.negated(), m.span());
    } else if (test instanceof Expr.Contains c) {
      return new Expr.Contains(subject, c.needle(), c.negated(), c.span());
    }
    Expr.In in = (Expr.In) test;
    return new Expr.In(subject, in.values(), in.negated(), in.span());
  }
}
