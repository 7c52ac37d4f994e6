package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.ExprVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * The places where an expression reads the record: each field name, and each element access
 * rooted at a field ({@code fields['EventData.Image']}, {@code a['b'][0]}) as one read. Used to
 * show the values behind a condition and to check that a trigger expression names only
 * aggregations.
 */
final class FieldReads implements ExprVisitor<Void> {

  private final List<Expr> reads = new ArrayList<>();

  private FieldReads() {}

  static List<Expr> of(Expr e) {
    FieldReads visitor = new FieldReads();
    e.accept(visitor);
    return visitor.reads;
  }

  /** How a read is written: {@code commandLine}, {@code fields['EventData.Image']}. */
  static String label(Expr read) {
    if (read instanceof Expr.FieldRef f) {
      return f.name();
    }
    Expr.Index index = (Expr.Index) read;
    String key = index.key() instanceof Expr.StringLit s ? Coercions.show(s.value())
        : index.key() instanceof Expr.NumberLit n ? n.text() : "...";
    return label(index.target()) + "[" + key + "]";
  }

  private static boolean rootedAtField(Expr e) {
    return e instanceof Expr.FieldRef || e instanceof Expr.Index i && rootedAtField(i.target());
  }

  private Void all(List<Expr> exprs) {
    exprs.forEach(e -> e.accept(this));
    return null;
  }

  @Override
  public Void visitFieldRef(Expr.FieldRef node) {
    reads.add(node);
    return null;
  }

  @Override
  public Void visitIndex(Expr.Index node) {
    if (rootedAtField(node.target())) {
      reads.add(node);
    } else {
      node.target().accept(this);
    }
    return node.key().accept(this);
  }

  @Override
  public Void visitStringLit(Expr.StringLit node) {
    return null;
  }

  @Override
  public Void visitNumberLit(Expr.NumberLit node) {
    return null;
  }

  @Override
  public Void visitBooleanLit(Expr.BooleanLit node) {
    return null;
  }

  @Override
  public Void visitNullLit(Expr.NullLit node) {
    return null;
  }

  @Override
  public Void visitRegexLit(Expr.RegexLit node) {
    return null;
  }

  @Override
  public Void visitTemplate(Expr.Template node) {
    return null;
  }

  @Override
  public Void visitLibraryRef(Expr.LibraryRef node) {
    return null;
  }

  @Override
  public Void visitCall(Expr.Call node) {
    if (node.name().equalsIgnoreCase("hasThreatMatch")) {
      // its filter names indicator attributes, not record fields
      return node.args().isEmpty() ? null : node.args().get(0).accept(this);
    }
    return all(node.args());
  }

  @Override
  public Void visitUnary(Expr.Unary node) {
    return node.operand().accept(this);
  }

  @Override
  public Void visitBinary(Expr.Binary node) {
    node.left().accept(this);
    return node.right().accept(this);
  }

  @Override
  public Void visitAnd(Expr.And node) {
    return all(node.terms());
  }

  @Override
  public Void visitOr(Expr.Or node) {
    return all(node.terms());
  }

  @Override
  public Void visitMatches(Expr.Matches node) {
    node.subject().accept(this);
    return node.pattern().accept(this);
  }

  @Override
  public Void visitContains(Expr.Contains node) {
    node.subject().accept(this);
    return node.needle().accept(this);
  }

  @Override
  public Void visitIn(Expr.In node) {
    node.subject().accept(this);
    return all(node.values());
  }

  @Override
  public Void visitTemplateComparison(Expr.TemplateComparison node) {
    return node.subject().accept(this);
  }

  @Override
  public Void visitConditional(Expr.Conditional node) {
    node.condition().accept(this);
    node.then().accept(this);
    return node.otherwise().accept(this);
  }

  @Override
  public Void visitSubquery(Expr.Subquery node) {
    return null;
  }

  @Override
  public Void visitLike(Expr.Like node) {
    node.subject().accept(this);
    return node.pattern().accept(this);
  }

  @Override
  public Void visitRlike(Expr.Rlike node) {
    node.subject().accept(this);
    return node.pattern().accept(this);
  }

  @Override
  public Void visitBetween(Expr.Between node) {
    node.subject().accept(this);
    node.low().accept(this);
    return node.high().accept(this);
  }

  @Override
  public Void visitIsNull(Expr.IsNull node) {
    return node.subject().accept(this);
  }

  @Override
  public Void visitArrayLit(Expr.ArrayLit node) {
    return all(node.elements());
  }
}
