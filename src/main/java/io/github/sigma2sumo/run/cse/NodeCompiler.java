package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.ExprVisitor;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prepares an expression tree once: every node of the AST becomes an evaluation {@link Node} with
 * its constants converted, its regexes and LIKE patterns compiled ({@link PatternPredicates}) and
 * its field names resolved, and every call bound to its function ({@link FunctionCalls}), so that
 * testing a record never walks the AST. Everything that cannot be prepared is a {@link
 * Problem} (an unknown function, a wrong number of arguments, a regex RE2 or Java refuses, a log
 * search construct); everything that can only fail for some records fails there, as an
 * {@link EvaluationError}.
 *
 * <p>Operators follow {@link Coercions}: comparisons, {@code IN}, {@code BETWEEN}, {@code LIKE},
 * {@code RLIKE} and {@code matches} with a null operand are false, negated forms included;
 * {@code AND} and {@code OR} are decided by any term that decides them, so a term that cannot be
 * evaluated fails the record only when no other term settles the answer. Arithmetic reads strings as numbers where
 * they are numbers and is null otherwise (Spark's implicit cast); {@code /} divides exactly to 34
 * digits (the page: floating-point division) and a division by zero is null.
 */
final class NodeCompiler implements ExprVisitor<Node> {

  private final List<Problem> problems;
  private final Map<String, Integer> aliases;

  NodeCompiler(List<Problem> problems, Map<String, Integer> aliases) {
    this.problems = problems;
    this.aliases = aliases;
  }

  Node compile(Expr e) {
    return e.accept(this);
  }

  /** A value known when the expression is prepared. */
  record Constant(@Nullable Object value) implements Node {
    @Override
    public @Nullable Object eval(Frame frame) {
      return value;
    }
  }

  /** Notes a problem, and gives a node that fails with it (never run: a problem stops the preparation). */
  Node problem(Span span, String message) {
    problems.add(new Problem(span, message));
    return frame -> {
      throw new EvaluationError(span, message);
    };
  }

  @Override
  public Node visitFieldRef(Expr.FieldRef node) {
    Integer slot = aliases.get(node.name());
    if (slot != null) {
      int s = slot;
      return frame -> frame.aliases[s];
    }
    return new FieldLookup(node.name());
  }

  @Override
  public Node visitStringLit(Expr.StringLit node) {
    return new Constant(node.value());
  }

  @Override
  public Node visitNumberLit(Expr.NumberLit node) {
    StringBuilder why = new StringBuilder();
    Optional<BigDecimal> value = NumberLiterals.value(node.text(), why);
    return value.<Node>map(Constant::new).orElseGet(() -> problem(node.span(), why.toString()));
  }

  @Override
  public Node visitBooleanLit(Expr.BooleanLit node) {
    return new Constant(node.value());
  }

  @Override
  public Node visitNullLit(Expr.NullLit node) {
    return new Constant(null);
  }

  @Override
  public Node visitRegexLit(Expr.RegexLit node) {
    return problem(node.span(), "a regex literal /.../ stands only after matches");
  }

  @Override
  public Node visitTemplate(Expr.Template node) {
    return foreign(node.span(), "a dashboard parameter {{" + node.name() + "}}");
  }

  @Override
  public Node visitLibraryRef(Expr.LibraryRef node) {
    return foreign(node.span(), "a library path");
  }

  @Override
  public Node visitContains(Expr.Contains node) {
    return foreign(node.span(), "the infix 'contains' (Cloud SIEM has only contains(a, b))");
  }

  @Override
  public Node visitTemplateComparison(Expr.TemplateComparison node) {
    return foreign(node.span(), "a dashboard parameter comparison");
  }

  @Override
  public Node visitConditional(Expr.Conditional node) {
    return foreign(node.span(), "the ternary ? : (Cloud SIEM writes if(c, a, b))");
  }

  @Override
  public Node visitSubquery(Expr.Subquery node) {
    return foreign(node.span(), "a subquery");
  }

  private Node foreign(Span span, String what) {
    return problem(span, what + " is log-search syntax, not part of a Cloud SIEM expression");
  }

  @Override
  public Node visitCall(Expr.Call node) {
    return FunctionCalls.compile(node, this);
  }

  @Override
  public Node visitMatches(Expr.Matches node) {
    return PatternPredicates.matches(node, this);
  }

  @Override
  public Node visitLike(Expr.Like node) {
    return PatternPredicates.like(node, this);
  }

  @Override
  public Node visitRlike(Expr.Rlike node) {
    return PatternPredicates.rlike(node, this);
  }

  @Override
  public Node visitUnary(Expr.Unary node) {
    Node operand = compile(node.operand());
    Span span = node.operand().span();
    return switch (node.op()) {
      case NOT -> frame -> !Coercions.truth(operand.eval(frame), span);
      case NEGATE -> frame -> {
        BigDecimal n = Coercions.number(operand.eval(frame), span);
        return n == null ? null : n.negate();
      };
      case PLUS -> frame -> Coercions.number(operand.eval(frame), span);
    };
  }

  @Override
  public Node visitBinary(Expr.Binary node) {
    Node left = compile(node.left());
    Node right = compile(node.right());
    Span span = node.span();
    BinaryOp op = node.op();
    if (op.isComparison()) {
      return switch (op) {
        case EQ -> frame -> Coercions.equal(left.eval(frame), right.eval(frame), span);
        case NE -> frame -> {
          Object l = left.eval(frame);
          Object r = right.eval(frame);
          return l != null && r != null && !Coercions.equal(l, r, span);
        };
        default -> frame -> {
          int c = Coercions.compare(left.eval(frame), right.eval(frame), span);
          if (c == Coercions.UNORDERED) {
            return false;
          }
          return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
          };
        };
      };
    }
    return frame -> {
      BigDecimal a = Coercions.number(left.eval(frame), span);
      BigDecimal b = Coercions.number(right.eval(frame), span);
      if (a == null || b == null) {
        return null;
      }
      BigDecimal result = switch (op) {
        case ADD -> a.add(b, MathContext.DECIMAL128);
        case SUB -> a.subtract(b, MathContext.DECIMAL128);
        case MUL -> a.multiply(b, MathContext.DECIMAL128);
        case DIV -> b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL128);
        default -> b.signum() == 0 ? null : a.remainder(b, MathContext.DECIMAL128);
      };
      if (result != null && !Coercions.inRange(result)) {
        throw new EvaluationError(span, "the result " + result + " is out of the range evaluated here");
      }
      return result;
    };
  }

  @Override
  public Node visitAnd(Expr.And node) {
    Node[] terms = compileAll(node.terms());
    Span[] spans = spans(node.terms());
    return frame -> decide(terms, spans, frame, false);
  }

  @Override
  public Node visitOr(Expr.Or node) {
    Node[] terms = compileAll(node.terms());
    Span[] spans = spans(node.terms());
    return frame -> decide(terms, spans, frame, true);
  }

  /**
   * AND ({@code decisive} false) or OR ({@code decisive} true): the first term whose truth is
   * {@code decisive} decides. A term that cannot be evaluated is passed over, and its error raised
   * only when no later term decides: {@code hasThreatMatch(...) AND metadata_vendor = 'X'} is false
   * for another vendor's record, whatever the threat intelligence says.
   */
  private static boolean decide(Node[] terms, Span[] spans, Frame frame, boolean decisive) {
    EvaluationError pending = null;
    for (int i = 0; i < terms.length; i++) {
      try {
        if (Coercions.truth(terms[i].eval(frame), spans[i]) == decisive) {
          return decisive;
        }
      } catch (EvaluationError e) {
        if (pending == null) {
          pending = e;
        }
      }
    }
    if (pending != null) {
      throw pending;
    }
    return !decisive;
  }

  private Node[] compileAll(List<Expr> exprs) {
    Node[] out = new Node[exprs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = compile(exprs.get(i));
    }
    return out;
  }

  private static Span[] spans(List<Expr> exprs) {
    Span[] out = new Span[exprs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = exprs.get(i).span();
    }
    return out;
  }

  @Override
  public Node visitIn(Expr.In node) {
    Node subject = compile(node.subject());
    Node[] values = compileAll(node.values());
    Span span = node.span();
    boolean negated = node.negated();
    List<String> strings = new ArrayList<>();
    boolean allStrings = true;
    for (Node v : values) {
      if (v instanceof Constant c && c.value() instanceof String s) {
        strings.add(s);
      } else {
        allStrings = false;
      }
    }
    if (allStrings) {
      java.util.Set<String> set = new java.util.HashSet<>(strings);
      return frame -> {
        Object s = subject.eval(frame);
        if (s == null) {
          return false;
        }
        boolean found = s instanceof String str ? set.contains(str) : anyEqual(s, values, frame, span);
        return found != negated;
      };
    }
    return frame -> {
      Object s = subject.eval(frame);
      return s != null && anyEqual(s, values, frame, span) != negated;
    };
  }

  private static boolean anyEqual(Object subject, Node[] values, Frame frame, Span span) {
    for (Node v : values) {
      if (Coercions.equal(subject, v.eval(frame), span)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Node visitBetween(Expr.Between node) {
    Node subject = compile(node.subject());
    Node low = compile(node.low());
    Node high = compile(node.high());
    Span span = node.span();
    boolean negated = node.negated();
    return frame -> {
      Object s = subject.eval(frame);
      int above = Coercions.compare(s, low.eval(frame), span);
      int below = Coercions.compare(s, high.eval(frame), span);
      if (above == Coercions.UNORDERED || below == Coercions.UNORDERED) {
        return false;
      }
      return (above >= 0 && below <= 0) != negated;
    };
  }

  @Override
  public Node visitIsNull(Expr.IsNull node) {
    Node subject = compile(node.subject());
    boolean negated = node.negated();
    return frame -> (subject.eval(frame) == null) != negated;
  }

  @Override
  public Node visitIndex(Expr.Index node) {
    Node target = compile(node.target());
    Node key = compile(node.key());
    Span span = node.span();
    return frame -> index(target.eval(frame), key.eval(frame), span);
  }

  private static @Nullable Object index(@Nullable Object target, @Nullable Object key, Span span) {
    if (target == null || key == null) {
      return null;
    }
    if (target instanceof YMap map) {
      var entry = map.entries().get(Coercions.string(key, span));
      return entry == null ? null : Coercions.fromNode(entry.value());
    }
    if (target instanceof List<?> list) {
      BigDecimal n = Coercions.number(key, span);
      boolean element = n != null && n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0
          && n.compareTo(BigDecimal.valueOf(list.size())) < 0;
      if (!element) {
        return null;
      }
      return list.get(n.intValue());
    }
    throw new EvaluationError(span, "only maps and arrays have elements, and this is " + Coercions.describe(target));
  }

  @Override
  public Node visitArrayLit(Expr.ArrayLit node) {
    Node[] elements = compileAll(node.elements());
    return frame -> {
      List<@Nullable Object> out = new ArrayList<>(elements.length);
      for (Node e : elements) {
        out.add(e.eval(frame));
      }
      return Collections.unmodifiableList(out);
    };
  }
}
