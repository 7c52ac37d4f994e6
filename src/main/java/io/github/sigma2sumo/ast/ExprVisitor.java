package io.github.sigma2sumo.ast;

/** One method per {@link Expr} record; adding a record breaks every visitor until it handles it. */
public interface ExprVisitor<R> {
  R visitFieldRef(Expr.FieldRef node);

  R visitStringLit(Expr.StringLit node);

  R visitNumberLit(Expr.NumberLit node);

  R visitBooleanLit(Expr.BooleanLit node);

  R visitNullLit(Expr.NullLit node);

  R visitRegexLit(Expr.RegexLit node);

  R visitTemplate(Expr.Template node);

  R visitLibraryRef(Expr.LibraryRef node);

  R visitCall(Expr.Call node);

  R visitUnary(Expr.Unary node);

  R visitBinary(Expr.Binary node);

  R visitAnd(Expr.And node);

  R visitOr(Expr.Or node);

  R visitMatches(Expr.Matches node);

  R visitContains(Expr.Contains node);

  R visitIn(Expr.In node);

  R visitTemplateComparison(Expr.TemplateComparison node);

  R visitConditional(Expr.Conditional node);

  R visitSubquery(Expr.Subquery node);

  R visitLike(Expr.Like node);

  R visitRlike(Expr.Rlike node);

  R visitBetween(Expr.Between node);

  R visitIsNull(Expr.IsNull node);

  R visitIndex(Expr.Index node);

  R visitArrayLit(Expr.ArrayLit node);
}
