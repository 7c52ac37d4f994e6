package io.github.sigma2sumo.emit;

import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.ScopeVisitor;

/** Prints the keyword scope; NOT binds tighter than AND, AND tighter than OR. */
final class ScopePrinter implements ScopeVisitor<String> {

  private static final int OR = 1;
  private static final int AND = 2;
  private static final int UNARY = 3;

  private final QueryPrinter queries;

  ScopePrinter(QueryPrinter queries) {
    this.queries = queries;
  }

  String print(ScopeExpr expr) {
    return expr.accept(this);
  }

  private String print(ScopeExpr expr, int minimum) {
    String text = expr.accept(this);
    return level(expr) < minimum ? "(" + text + ")" : text;
  }

  private static int level(ScopeExpr expr) {
    if (expr instanceof ScopeExpr.Or) {
      return OR;
    }
    return expr instanceof ScopeExpr.And ? AND : UNARY;
  }

  @Override
  public String visitAnd(ScopeExpr.And node) {
    return Joined.of(node.terms(), t -> print(t, UNARY), " AND ");
  }

  @Override
  public String visitOr(ScopeExpr.Or node) {
    return Joined.of(node.terms(), t -> print(t, AND), " OR ");
  }

  @Override
  public String visitNot(ScopeExpr.Not node) {
    return "NOT " + print(node.operand(), UNARY);
  }

  @Override
  public String visitTerm(ScopeExpr.Term node) {
    return SumoSyntax.scopeTerm(node.text(), node.quoted());
  }

  @Override
  public String visitField(ScopeExpr.Field node) {
    return SumoSyntax.scopeFieldName(node.name()) + (node.negated() ? "!=" : "=") + print(node.value());
  }

  @Override
  public String visitSubquery(ScopeExpr.Subquery node) {
    return queries.subquery(node.query());
  }
}
