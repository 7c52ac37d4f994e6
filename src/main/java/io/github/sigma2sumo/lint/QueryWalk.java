package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.ExprVisitor;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.ScopeVisitor;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Flattens a query for the checks: every stage and every expression, subqueries included, in
 * source order. Recursion depth is bounded by the parser's nesting limit.
 */
public final class QueryWalk {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final List<Stage> stages = new ArrayList<>();
  private final List<Expr> exprs = new ArrayList<>();
  private final List<ScopeExpr> scopeNodes = new ArrayList<>();
  private final List<RawCall> rawCalls = new ArrayList<>();

  /**
   * A call-shaped word in the unparsed arguments of a raw stage: {@code toLower(x)} in
   * {@code | eval y = toLower(x)}. {@code span} covers the name and the parentheses.
   */
  public record RawCall(String name, Stage.RawArg.Group args, Span span) {}

  private final Query root;
  private final boolean intoSubqueries;

  private QueryWalk(Query root, boolean intoSubqueries) {
    this.root = root;
    this.intoSubqueries = intoSubqueries;
  }

  public static QueryWalk of(Query query) {
    QueryWalk walk = new QueryWalk(query, true);
    walk.query(query);
    return walk;
  }

  /** The walked query. */
  public Query query() {
    return root;
  }

  /** Every expression node of type {@code type}, in source order. */
  public <T extends Expr> List<T> expressions(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Expr e : exprs) {
      if (type.isInstance(e)) {
        out.add(type.cast(e));
      }
    }
    return out;
  }

  /** Every expression node of {@code expr}, not entering subqueries (which have fields of their own). */
  public static List<Expr> outsideSubqueries(Expr expr) {
    QueryWalk walk = new QueryWalk(null, false);
    expr.accept(walk.exprWalker);
    return walk.exprs;
  }

  /** Every stage, those of subqueries included. */
  public List<Stage> stages() {
    return stages;
  }

  /** Every expression node at any depth. */
  public List<Expr> expressions() {
    return exprs;
  }

  /** Every node of every scope. */
  public List<ScopeExpr> scopeNodes() {
    return scopeNodes;
  }

  private void query(Query query) {
    query.scope().ifPresent(s -> s.accept(scopeWalker));
    for (Stage stage : query.stages()) {
      stages.add(stage);
      stage.expressions().forEach(e -> e.accept(exprWalker));
      if (stage instanceof Stage.Other other) {
        rawArgs(other.args());
      }
    }
  }

  /** Call-shaped words in the arguments of raw stages, in source order. */
  public List<RawCall> rawCalls() {
    return rawCalls;
  }

  private void rawArgs(List<Stage.RawArg> args) {
    for (int i = 0; i < args.size(); i++) {
      Stage.RawArg arg = args.get(i);
      if (arg instanceof Stage.RawArg.Word word && i + 1 < args.size()
          && args.get(i + 1) instanceof Stage.RawArg.Group group && IDENTIFIER.matcher(word.text()).matches()) {
        rawCalls.add(new RawCall(word.text(), group, new Span(word.span().start(), group.span().end())));
      }
      if (arg instanceof Stage.RawArg.Sub sub) {
        query(sub.query());
      } else if (arg instanceof Stage.RawArg.Group group) {
        rawArgs(group.items());
      }
    }
  }

  private final ScopeVisitor<Void> scopeWalker = new ScopeVisitor<>() {
    private Void all(ScopeExpr node, List<ScopeExpr> children) {
      scopeNodes.add(node);
      children.forEach(c -> c.accept(this));
      return null;
    }

    @Override public Void visitAnd(ScopeExpr.And node) { return all(node, node.terms()); }
    @Override public Void visitOr(ScopeExpr.Or node) { return all(node, node.terms()); }
    @Override public Void visitNot(ScopeExpr.Not node) { return all(node, List.of(node.operand())); }
    @Override public Void visitTerm(ScopeExpr.Term node) { return all(node, List.of()); }
    @Override public Void visitField(ScopeExpr.Field node) { return all(node, List.of()); }

    @Override
    public Void visitSubquery(ScopeExpr.Subquery node) {
      scopeNodes.add(node);
      query(node.query());
      return null;
    }
  };

  private final ExprVisitor<Void> exprWalker = new ExprVisitor<>() {
    private Void all(Expr node, List<Expr> children) {
      exprs.add(node);
      children.forEach(c -> c.accept(this));
      return null;
    }

    @Override public Void visitFieldRef(Expr.FieldRef node) { return all(node, List.of()); }
    @Override public Void visitStringLit(Expr.StringLit node) { return all(node, List.of()); }
    @Override public Void visitNumberLit(Expr.NumberLit node) { return all(node, List.of()); }
    @Override public Void visitBooleanLit(Expr.BooleanLit node) { return all(node, List.of()); }
    @Override public Void visitNullLit(Expr.NullLit node) { return all(node, List.of()); }
    @Override public Void visitRegexLit(Expr.RegexLit node) { return all(node, List.of()); }
    @Override public Void visitTemplate(Expr.Template node) { return all(node, List.of()); }
    @Override public Void visitLibraryRef(Expr.LibraryRef node) { return all(node, List.of()); }
    @Override public Void visitCall(Expr.Call node) { return all(node, node.args()); }
    @Override public Void visitUnary(Expr.Unary node) { return all(node, List.of(node.operand())); }
    @Override public Void visitBinary(Expr.Binary node) { return all(node, List.of(node.left(), node.right())); }
    @Override public Void visitAnd(Expr.And node) { return all(node, node.terms()); }
    @Override public Void visitOr(Expr.Or node) { return all(node, node.terms()); }

    @Override
    public Void visitMatches(Expr.Matches node) {
      return all(node, List.of(node.subject(), node.pattern()));
    }

    @Override
    public Void visitContains(Expr.Contains node) {
      return all(node, List.of(node.subject(), node.needle()));
    }

    @Override
    public Void visitIn(Expr.In node) {
      List<Expr> children = new ArrayList<>(node.values());
      children.add(0, node.subject());
      return all(node, children);
    }

    @Override
    public Void visitTemplateComparison(Expr.TemplateComparison node) {
      return all(node, List.of(node.subject(), node.template()));
    }

    @Override
    public Void visitConditional(Expr.Conditional node) {
      return all(node, List.of(node.condition(), node.then(), node.otherwise()));
    }

    @Override
    public Void visitLike(Expr.Like node) {
      return all(node, List.of(node.subject(), node.pattern()));
    }

    @Override
    public Void visitRlike(Expr.Rlike node) {
      return all(node, List.of(node.subject(), node.pattern()));
    }

    @Override
    public Void visitBetween(Expr.Between node) {
      return all(node, List.of(node.subject(), node.low(), node.high()));
    }

    @Override public Void visitIsNull(Expr.IsNull node) { return all(node, List.of(node.subject())); }

    @Override public Void visitIndex(Expr.Index node) { return all(node, List.of(node.target(), node.key())); }

    @Override public Void visitArrayLit(Expr.ArrayLit node) { return all(node, node.elements()); }

    @Override
    public Void visitSubquery(Expr.Subquery node) {
      exprs.add(node);
      if (intoSubqueries) {
        query(node.query());
      }
      return null;
    }
  };
}
