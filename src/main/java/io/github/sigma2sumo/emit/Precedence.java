package io.github.sigma2sumo.emit;

import io.github.sigma2sumo.ast.Expr;

/**
 * Binding strength of expression nodes, matching the grammar's rule levels
 * ({@code expression > orExpr > andExpr > relational > additive > multiplicative > unary > primary}).
 */
final class Precedence {
  static final int TERNARY = 1;
  static final int OR = 2;
  static final int AND = 3;
  static final int RELATIONAL = 4;
  static final int ADDITIVE = 5;
  static final int MULTIPLICATIVE = 6;
  static final int UNARY = 7;
  static final int PRIMARY = 8;

  private Precedence() {}

  static int of(Expr expr) {
    if (expr instanceof Expr.Conditional) {
      return TERNARY;
    } else if (expr instanceof Expr.Or) {
      return OR;
    } else if (expr instanceof Expr.And) {
      return AND;
    } else if (expr instanceof Expr.Binary b) {
      return b.op().precedence();
    } else if (expr instanceof Expr.Matches || expr instanceof Expr.Contains || expr instanceof Expr.In
        || expr instanceof Expr.TemplateComparison) {
      return RELATIONAL;
    } else if (expr instanceof Expr.Unary) {
      return UNARY;
    }
    return PRIMARY;
  }
}
