package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.source.Span;
import java.util.List;

/**
 * {@code AND} and {@code OR} mixed without parentheses. The Cloud SIEM docs do not say which binds
 * tighter; under SQL's rule {@code a AND b OR c} is {@code (a AND b) OR c}, so in the official
 * converter's {@code metadata_vendor = 'X' AND metadata_product = 'Y' AND d1 OR d2} the second
 * detection escapes the product filter (reference sumo-cloud-siem.md §2.3, §8.1).
 */
final class MixedAndOr extends CseCheck.Base {
  MixedAndOr() {
    super("cse-mixed-and-or", Severity.WARNING, "AND and OR mixed without parentheses");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr e : nodes) {
      if (e instanceof Expr.Or or) {
        for (Expr term : or.terms()) {
          if (term instanceof Expr.And and && !parenthesised(and.span(), out)) {
            out.report(and.span(), "AND inside OR without parentheses: Cloud SIEM does not document which binds "
                + "tighter, and under SQL's rule the terms after the OR escape the conditions ANDed before it; "
                + "write (... AND ...) OR ... or ... AND (... OR ...)");
          }
        }
      }
    }
  }

  /** True when the source has '(' before the span and ')' after it, spaces aside. */
  private static boolean parenthesised(Span span, Reporter out) {
    int before = span.start() - 1;
    while (before >= 0 && out.text(new Span(before, before + 1)).isBlank()) {
      before--;
    }
    if (before < 0 || !out.text(new Span(before, before + 1)).equals("(")) {
      return false;
    }
    int after = span.end();
    String next = out.text(new Span(after, after + 1));
    while (!next.isEmpty() && next.isBlank()) {
      next = out.text(new Span(++after, after + 1));
    }
    return next.equals(")");
  }
}
