package io.github.sigma2sumo.ast;

/** One method per {@link ScopeExpr} record; adding a record breaks every visitor until it handles it. */
public interface ScopeVisitor<R> {
  R visitAnd(ScopeExpr.And node);

  R visitOr(ScopeExpr.Or node);

  R visitNot(ScopeExpr.Not node);

  R visitTerm(ScopeExpr.Term node);

  R visitField(ScopeExpr.Field node);

  R visitSubquery(ScopeExpr.Subquery node);
}
