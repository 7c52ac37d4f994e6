package io.github.sigma2sumo.emit;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.ExprVisitor;
import java.util.List;

/**
 * Prints expressions with the fewest parentheses that parse back to the same tree: a child is
 * parenthesised when it binds more loosely than its position in the grammar requires.
 */
final class ExprPrinter implements ExprVisitor<String> {

  private final QueryPrinter queries;

  ExprPrinter(QueryPrinter queries) {
    this.queries = queries;
  }

  String print(Expr expr) {
    return expr.accept(this);
  }

  /** {@code expr} where the grammar accepts only nodes of precedence {@code minimum} or tighter. */
  String print(Expr expr, int minimum) {
    String text = expr.accept(this);
    return Precedence.of(expr) < minimum ? "(" + text + ")" : text;
  }

  String list(List<Expr> exprs) {
    return Joined.of(exprs, this::print, ", ");
  }

  @Override public String visitFieldRef(Expr.FieldRef node) { return SumoSyntax.field(node.name()); }

  @Override public String visitStringLit(Expr.StringLit node) { return SumoSyntax.string(node.value()); }

  @Override public String visitNumberLit(Expr.NumberLit node) { return node.text(); }

  @Override public String visitBooleanLit(Expr.BooleanLit node) { return node.value() ? "true" : "false"; }

  @Override public String visitNullLit(Expr.NullLit node) { return "null"; }

  @Override
  public String visitRegexLit(Expr.RegexLit node) {
    return SumoSyntax.regex(node.pattern()) + node.flags();
  }

  @Override
  public String visitTemplate(Expr.Template node) {
    return SumoSyntax.template(node.name(), node.triple());
  }

  @Override
  public String visitLibraryRef(Expr.LibraryRef node) {
    return node.location() + node.path().map(SumoSyntax::string).orElse("");
  }

  @Override
  public String visitCall(Expr.Call node) {
    return node.name() + "(" + list(node.args()) + ")";
  }

  @Override
  public String visitUnary(Expr.Unary node) {
    String operand = print(node.operand(), Precedence.UNARY);
    return switch (node.op()) {
      case NOT -> "!" + operand;
      case NEGATE -> "-" + operand;
      case PLUS -> "+" + operand;
    };
  }

  @Override
  public String visitBinary(Expr.Binary node) {
    int level = node.op().precedence();
    // Relational operands are additive expressions; arithmetic is left-associative.
    int leftMinimum = node.op().isComparison() ? Precedence.ADDITIVE : level;
    return print(node.left(), leftMinimum) + " " + node.op().symbol() + " " + print(node.right(), level + 1);
  }

  @Override
  public String visitAnd(Expr.And node) {
    return Joined.of(node.terms(), t -> print(t, Precedence.RELATIONAL), " and ");
  }

  @Override
  public String visitOr(Expr.Or node) {
    return Joined.of(node.terms(), t -> print(t, Precedence.AND), " or ");
  }

  @Override
  public String visitMatches(Expr.Matches node) {
    return print(node.subject(), Precedence.ADDITIVE) + (node.negated() ? " not matches " : " matches ")
        + print(node.pattern(), Precedence.ADDITIVE);
  }

  @Override
  public String visitContains(Expr.Contains node) {
    return print(node.subject(), Precedence.ADDITIVE) + (node.negated() ? " not contains " : " contains ")
        + print(node.needle(), Precedence.ADDITIVE);
  }

  @Override
  public String visitIn(Expr.In node) {
    return print(node.subject(), Precedence.ADDITIVE) + (node.negated() ? " not in (" : " in (")
        + list(node.values()) + ")";
  }

  @Override
  public String visitTemplateComparison(Expr.TemplateComparison node) {
    return print(node.subject(), Precedence.ADDITIVE) + " " + print(node.template());
  }

  @Override
  public String visitConditional(Expr.Conditional node) {
    return print(node.condition(), Precedence.OR) + " ? " + print(node.then()) + " : " + print(node.otherwise());
  }

  @Override
  public String visitSubquery(Expr.Subquery node) {
    return queries.subquery(node.query());
  }

  // Cloud SIEM nodes have no log-search spelling; CsePrinter prints them.

  @Override public String visitLike(Expr.Like node) { throw cseOnly(node); }

  @Override public String visitRlike(Expr.Rlike node) { throw cseOnly(node); }

  @Override public String visitBetween(Expr.Between node) { throw cseOnly(node); }

  @Override public String visitIsNull(Expr.IsNull node) { throw cseOnly(node); }

  @Override public String visitIndex(Expr.Index node) { throw cseOnly(node); }

  @Override public String visitArrayLit(Expr.ArrayLit node) { throw cseOnly(node); }

  private static IllegalArgumentException cseOnly(Expr node) {
    return new IllegalArgumentException(node.getClass().getSimpleName() + " exists only in Cloud SIEM expressions");
  }
}
