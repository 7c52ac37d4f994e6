package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.ExprVisitor;
import io.github.sigma2sumo.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Prepares expressions of {@code where}, {@code if}, assignments and operator arguments into
 * {@link Eval}s and {@link Cond}s, once per query (docs search-query-language/field-expressions.md,
 * search-operators/where.md). Field names become slots; literals, wildcard patterns and regexes
 * are worked out here, not per row.
 *
 * <p>Arithmetic ({@code + - * / %}, unary minus) reads its operands as numbers (texts that read as
 * numbers count, {@link Numbers}); if either is null or no number, the result is null. Division
 * and remainder follow IEEE doubles ({@code 1/0} is Infinity), as Sumo computes with doubles
 * (search-operators/num.md). {@code +} adds numbers only: "There are no string operators like +".
 * Boolean operators give true or false ({@link Cond#truth} for operands that are no booleans).
 */
final class ExprCompiler implements ExprVisitor<Eval> {
  private final Prep prep;

  ExprCompiler(Prep prep) {
    this.prep = prep;
  }

  Prep prep() {
    return prep;
  }

  Eval eval(Expr e) {
    return e.accept(this);
  }

  /** The expression as a condition, with direct forms for the boolean operators. */
  Cond cond(Expr e) {
    if (e instanceof Expr.And a) {
      Cond[] terms = a.terms().stream().map(this::cond).toArray(Cond[]::new);
      return row -> {
        for (Cond t : terms) {
          if (!t.test(row)) {
            return false;
          }
        }
        return true;
      };
    }
    if (e instanceof Expr.Or o) {
      Cond[] terms = o.terms().stream().map(this::cond).toArray(Cond[]::new);
      return row -> {
        for (Cond t : terms) {
          if (t.test(row)) {
            return true;
          }
        }
        return false;
      };
    }
    if (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
      Cond inner = cond(u.operand());
      return row -> !inner.test(row);
    }
    if (e instanceof Expr.Binary b && b.op().isComparison()) {
      return comparison(b);
    }
    if (e instanceof Expr.Matches m) {
      return Matching.of(m, this);
    }
    if (e instanceof Expr.In in) {
      return membership(in);
    }
    if (e instanceof Expr.Contains c) {
      return containment(c);
    }
    if (e instanceof Expr.BooleanLit b) {
      return b.value() ? row -> true : row -> false;
    }
    Eval v = eval(e);
    return row -> Cond.truth(v.eval(row));
  }

  private Cond comparison(Expr.Binary b) {
    Eval left = eval(b.left());
    Eval right = eval(b.right());
    BinaryOp op = b.op();
    if (right instanceof Eval.Const c && c.value() instanceof Value.Num n && op == BinaryOp.EQ) {
      double d = n.value();
      Value constant = c.value();
      return row -> {
        Value v = left.eval(row);
        return v instanceof Value.Num x ? x.value() == d : Comparisons.compare(op, v, constant);
      };
    }
    return row -> Comparisons.compare(op, left.eval(row), right.eval(row));
  }

  private Cond membership(Expr.In in) {
    Eval subject = eval(in.subject());
    Eval[] values = in.values().stream().map(this::eval).toArray(Eval[]::new);
    boolean negated = in.negated();
    return row -> {
      Value v = subject.eval(row);
      if (v.isNull()) {
        return false;
      }
      for (Eval e : values) {
        if (Comparisons.inEqual(v, e.eval(row))) {
          return !negated;
        }
      }
      return negated;
    };
  }

  /**
   * {@code a contains b}: case-sensitive, text only; "true if both are empty" follows from
   * substring search (docs search-operators/contains.md). Null on either side is false.
   */
  private Cond containment(Expr.Contains c) {
    Eval subject = eval(c.subject());
    Eval needle = eval(c.needle());
    boolean negated = c.negated();
    return row -> {
      Value s = subject.eval(row);
      Value n = needle.eval(row);
      if (s.isNull() || n.isNull()) {
        return false;
      }
      return s.text().contains(n.text()) != negated;
    };
  }

  @Override
  public Eval visitFieldRef(Expr.FieldRef node) {
    int slot = prep.read(node.name(), node.span());
    return row -> row.get(slot);
  }

  @Override
  public Eval visitStringLit(Expr.StringLit node) {
    return new Eval.Const(Value.of(node.value()));
  }

  @Override
  public Eval visitNumberLit(Expr.NumberLit node) {
    OptionalDouble d = Numbers.literal(node.text());
    if (d.isEmpty()) {
      prep.invalid(node.text(), "`" + node.text() + "` is no number Sumo reads (field-expressions.md)", node.span());
      return Prep.REFUSED;
    }
    return new Eval.Const(Value.of(d.getAsDouble()));
  }

  @Override
  public Eval visitBooleanLit(Expr.BooleanLit node) {
    return new Eval.Const(Value.of(node.value()));
  }

  @Override
  public Eval visitNullLit(Expr.NullLit node) {
    return new Eval.Const(Value.NULL);
  }

  @Override
  public Eval visitRegexLit(Expr.RegexLit node) {
    prep.invalid("/" + node.pattern() + "/",
        "a regex literal stands only after `matches` or as the pattern of `replace`", node.span());
    return Prep.REFUSED;
  }

  @Override
  public Eval visitTemplate(Expr.Template node) {
    prep.notEvaluated("{{" + node.name() + "}}", "a dashboard parameter is filled in by the dashboard",
        node.span());
    return Prep.REFUSED;
  }

  @Override
  public Eval visitLibraryRef(Expr.LibraryRef node) {
    prep.notEvaluated(node.location(), node.span());
    return Prep.REFUSED;
  }

  @Override
  public Eval visitCall(Expr.Call node) {
    return Functions.compile(node, this);
  }

  @Override
  public Eval visitUnary(Expr.Unary node) {
    if (node.op() == UnaryOp.NOT) {
      Cond c = cond(node);
      return row -> Value.of(c.test(row));
    }
    Eval operand = eval(node.operand());
    boolean negate = node.op() == UnaryOp.NEGATE;
    return row -> {
      OptionalDouble d = Numbers.of(operand.eval(row));
      return d.isEmpty() ? Value.NULL : Value.of(negate ? -d.getAsDouble() : d.getAsDouble());
    };
  }

  @Override
  public Eval visitBinary(Expr.Binary node) {
    if (node.op().isComparison()) {
      Cond c = cond(node);
      return row -> Value.of(c.test(row));
    }
    Eval left = eval(node.left());
    Eval right = eval(node.right());
    BinaryOp op = node.op();
    return row -> {
      OptionalDouble a = Numbers.of(left.eval(row));
      OptionalDouble b = Numbers.of(right.eval(row));
      if (a.isEmpty() || b.isEmpty()) {
        return Value.NULL;
      }
      double x = a.getAsDouble();
      double y = b.getAsDouble();
      return Value.of(switch (op) {
        case ADD -> x + y;
        case SUB -> x - y;
        case MUL -> x * y;
        case DIV -> x / y;
        case MOD -> x % y;
        default -> throw new IllegalStateException(op.symbol());
      });
    };
  }

  @Override
  public Eval visitAnd(Expr.And node) {
    Cond c = cond(node);
    return row -> Value.of(c.test(row));
  }

  @Override
  public Eval visitOr(Expr.Or node) {
    Cond c = cond(node);
    return row -> Value.of(c.test(row));
  }

  @Override
  public Eval visitMatches(Expr.Matches node) {
    Cond c = cond(node);
    return row -> Value.of(c.test(row));
  }

  @Override
  public Eval visitContains(Expr.Contains node) {
    Cond c = cond(node);
    return row -> Value.of(c.test(row));
  }

  @Override
  public Eval visitIn(Expr.In node) {
    Cond c = cond(node);
    return row -> Value.of(c.test(row));
  }

  @Override
  public Eval visitTemplateComparison(Expr.TemplateComparison node) {
    prep.notEvaluated("{{" + node.template().name() + "}}", "a dashboard parameter is filled in by the dashboard",
        node.template().span());
    return Prep.REFUSED;
  }

  /** {@code c ? a : b}, the same as {@code if(c, a, b)} (docs search-operators/if.md). */
  @Override
  public Eval visitConditional(Expr.Conditional node) {
    Cond c = cond(node.condition());
    Eval then = eval(node.then());
    Eval otherwise = eval(node.otherwise());
    return row -> c.test(row) ? then.eval(row) : otherwise.eval(row);
  }

  @Override
  public Eval visitSubquery(Expr.Subquery node) {
    prep.notEvaluated("subquery", node.span());
    return Prep.REFUSED;
  }

  @Override
  public Eval visitLike(Expr.Like node) {
    return cloudSiem("LIKE", node);
  }

  @Override
  public Eval visitRlike(Expr.Rlike node) {
    return cloudSiem("RLIKE", node);
  }

  @Override
  public Eval visitBetween(Expr.Between node) {
    return cloudSiem("BETWEEN", node);
  }

  @Override
  public Eval visitIsNull(Expr.IsNull node) {
    return cloudSiem("IS NULL", node);
  }

  @Override
  public Eval visitIndex(Expr.Index node) {
    return cloudSiem("[...]", node);
  }

  @Override
  public Eval visitArrayLit(Expr.ArrayLit node) {
    return cloudSiem("[...]", node);
  }

  private Eval cloudSiem(String construct, Expr node) {
    prep.invalid(construct, "`" + construct + "` is Cloud SIEM rule syntax, not log search", node.span());
    return Prep.REFUSED;
  }

  /** Prepares each expression in order. */
  List<Eval> evals(List<Expr> exprs) {
    List<Eval> out = new ArrayList<>(exprs.size());
    exprs.forEach(e -> out.add(eval(e)));
    return out;
  }
}
