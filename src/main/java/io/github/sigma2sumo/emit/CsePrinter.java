package io.github.sigma2sumo.emit;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.ExprVisitor;
import java.util.List;

/**
 * Prints Cloud SIEM rule expressions. Mixed {@code AND}/{@code OR} are always parenthesised and so
 * is the operand of {@code NOT} unless it is a primary, so the text means the same under SQL's
 * precedence and under log search's tighter {@code !} (the docs state none; sumo-cloud-siem.md
 * §2.3). Keywords are upper case, as in Sumo's built-in rules.
 */
public final class CsePrinter implements ExprVisitor<String> {

  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int PREDICATE = 4;
  private static final int ADDITIVE = 5;
  private static final int MULTIPLICATIVE = 6;
  private static final int UNARY = 7;
  private static final int PRIMARY = 8;

  public static String print(CseRule rule) {
    CsePrinter p = new CsePrinter();
    StringBuilder out = new StringBuilder();
    for (CseRule.JsonClause j : rule.jsonClauses()) {
      out.append("json field=").append(p.print(j.source(), PRIMARY)).append(' ')
          .append(Joined.of(j.paths(), CseSyntax::string, ", ")).append(" as ")
          .append(Joined.of(j.aliases(), CseSyntax::field, ", ")).append(" | ");
    }
    if (!rule.jsonClauses().isEmpty()) {
      out.append("where ");
    }
    return out.append(p.print(rule.condition(), OR)).toString();
  }

  public static String print(Expr expr) {
    return new CsePrinter().print(expr, OR);
  }

  private String print(Expr expr, int minimum) {
    String text = expr.accept(this);
    return level(expr) < minimum ? "(" + text + ")" : text;
  }

  private static int level(Expr expr) {
    if (expr instanceof Expr.Or) {
      return OR;
    } else if (expr instanceof Expr.And) {
      return AND;
    } else if (expr instanceof Expr.Unary u) {
      return u.op() == io.github.sigma2sumo.ast.UnaryOp.NOT ? NOT : UNARY;
    } else if (expr instanceof Expr.Binary b) {
      return b.op().isComparison() ? PREDICATE : b.op().precedence();
    } else if (expr instanceof Expr.Matches || expr instanceof Expr.In || expr instanceof Expr.Like
        || expr instanceof Expr.Rlike || expr instanceof Expr.Between || expr instanceof Expr.IsNull) {
      return PREDICATE;
    }
    return PRIMARY;
  }

  private String list(List<Expr> exprs) {
    return Joined.of(exprs, e -> print(e, OR), ", ");
  }

  private static String not(boolean negated) {
    return negated ? " NOT" : "";
  }

  @Override public String visitFieldRef(Expr.FieldRef node) { return CseSyntax.field(node.name()); }

  @Override public String visitStringLit(Expr.StringLit node) { return CseSyntax.string(node.value()); }

  @Override public String visitNumberLit(Expr.NumberLit node) { return node.text(); }

  @Override public String visitBooleanLit(Expr.BooleanLit node) { return node.value() ? "true" : "false"; }

  @Override public String visitNullLit(Expr.NullLit node) { return "null"; }

  @Override
  public String visitRegexLit(Expr.RegexLit node) {
    if (!node.flags().isEmpty()) {
      throw new IllegalArgumentException("Cloud SIEM regex literals take no flags; write (?" + node.flags() + ")");
    }
    return CseSyntax.regex(node.pattern());
  }

  @Override public String visitCall(Expr.Call node) { return node.name() + "(" + list(node.args()) + ")"; }

  @Override
  public String visitUnary(Expr.Unary node) {
    return switch (node.op()) {
      case NOT -> "NOT " + print(node.operand(), PRIMARY);
      case NEGATE -> "-" + print(node.operand(), UNARY);
      case PLUS -> "+" + print(node.operand(), UNARY);
    };
  }

  @Override
  public String visitBinary(Expr.Binary node) {
    if (node.op().isComparison()) {
      return print(node.left(), ADDITIVE) + " " + node.op().symbol() + " " + print(node.right(), ADDITIVE);
    }
    int level = node.op().precedence();
    return print(node.left(), level) + " " + node.op().symbol() + " " + print(node.right(), level + 1);
  }

  @Override
  public String visitAnd(Expr.And node) {
    return Joined.of(node.terms(), t -> print(t, NOT), " AND ");
  }

  @Override
  public String visitOr(Expr.Or node) {
    return Joined.of(node.terms(), t -> print(t, NOT), " OR ");
  }

  @Override
  public String visitMatches(Expr.Matches node) {
    return print(node.subject(), ADDITIVE) + not(node.negated()) + " matches " + print(node.pattern(), ADDITIVE);
  }

  @Override
  public String visitIn(Expr.In node) {
    return print(node.subject(), ADDITIVE) + not(node.negated()) + " IN (" + list(node.values()) + ")";
  }

  @Override
  public String visitLike(Expr.Like node) {
    return print(node.subject(), ADDITIVE) + not(node.negated()) + " LIKE " + print(node.pattern(), ADDITIVE)
        + node.escape().map(e -> " ESCAPE " + CseSyntax.string(e)).orElse("");
  }

  @Override
  public String visitRlike(Expr.Rlike node) {
    return print(node.subject(), ADDITIVE) + not(node.negated()) + " RLIKE " + print(node.pattern(), ADDITIVE);
  }

  @Override
  public String visitBetween(Expr.Between node) {
    return print(node.subject(), ADDITIVE) + not(node.negated()) + " BETWEEN " + print(node.low(), ADDITIVE)
        + " AND " + print(node.high(), ADDITIVE);
  }

  @Override
  public String visitIsNull(Expr.IsNull node) {
    return print(node.subject(), ADDITIVE) + (node.negated() ? " IS NOT NULL" : " IS NULL");
  }

  @Override
  public String visitIndex(Expr.Index node) {
    return print(node.target(), PRIMARY) + "[" + print(node.key(), OR) + "]";
  }

  @Override public String visitArrayLit(Expr.ArrayLit node) { return "[" + list(node.elements()) + "]"; }

  // Log-search nodes with no Cloud SIEM spelling.

  @Override public String visitTemplate(Expr.Template node) { throw searchOnly(node); }

  @Override public String visitLibraryRef(Expr.LibraryRef node) { throw searchOnly(node); }

  @Override public String visitContains(Expr.Contains node) { throw searchOnly(node); }

  @Override public String visitTemplateComparison(Expr.TemplateComparison node) { throw searchOnly(node); }

  @Override public String visitConditional(Expr.Conditional node) { throw searchOnly(node); }

  @Override public String visitSubquery(Expr.Subquery node) { throw searchOnly(node); }

  private static IllegalArgumentException searchOnly(Expr node) {
    return new IllegalArgumentException(node.getClass().getSimpleName() + " exists only in log search");
  }
}
