package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.ExprVisitor;
import io.github.sigma2sumo.cse.CseFunctions;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Prepares an expression tree once: every node of the AST becomes an evaluation {@link Node} with
 * its constants converted, its regexes and LIKE patterns compiled and its field names resolved, so
 * that testing a record never walks the AST. Everything that cannot be prepared is a {@link
 * Problem} (an unknown function, a wrong number of arguments, a regex RE2 or Java refuses, a log
 * search construct); everything that can only fail for some records fails there, as an
 * {@link EvaluationError}.
 *
 * <p>Operators follow {@link Coercions}: comparisons, {@code IN}, {@code BETWEEN}, {@code LIKE},
 * {@code RLIKE} and {@code matches} with a null operand are false, negated forms included;
 * {@code AND} and {@code OR} are decided by any term that decides them, so a term that cannot be
 * evaluated fails the record only when no other term settles the answer. Arithmetic reads strings as numbers where
 * they are numbers and is null otherwise (Spark's implicit cast); {@code /} divides exactly to 34
 * digits (the page: floating-point division) and a division by zero is null. {@code hasThreatMatch}
 * is not evaluated here: it needs Cloud SIEM's threat intelligence, so a record whose answer
 * depends on it fails with that message.
 */
final class NodeCompiler implements ExprVisitor<Node> {

  private static final Map<String, Builtin> BUILTINS = builtins();

  private final List<Problem> problems;
  private final Map<String, Integer> aliases;

  NodeCompiler(List<Problem> problems, Map<String, Integer> aliases) {
    this.problems = problems;
    this.aliases = aliases;
  }

  private static Map<String, Builtin> builtins() {
    Map<String, Builtin> table = new HashMap<>();
    StringFunctions.register(table);
    NumberFunctions.register(table);
    NetworkFunctions.register(table);
    CollectionFunctions.register(table);
    return Map.copyOf(table);
  }

  /** True when every function of {@link CseFunctions} is either evaluated here or refused by name. */
  static boolean coversEveryFunction() {
    return CseFunctions.names().stream().allMatch(n -> BUILTINS.containsKey(n) || n.equals("if")
        || n.equals("hasthreatmatch") || n.equals("anyhttpheadermatches"));
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

  private Node problem(Span span, String message) {
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
    String name = node.name().toLowerCase(Locale.ROOT);
    Span span = node.span();
    Optional<CseFunctions.Arity> arity = CseFunctions.arity(name);
    if (arity.isEmpty()) {
      return problem(span, "'" + node.name() + "' is not a function of Cloud SIEM expressions");
    }
    if (!arity.get().accepts(node.args().size())) {
      return problem(span, node.name() + " takes " + arity.get() + " argument" + (arity.get().max() == 1 ? "" : "s")
          + ", not " + node.args().size());
    }
    if (name.equals("hasthreatmatch")) {
      return frame -> {
        throw new EvaluationError(span, "hasThreatMatch is not evaluated locally: it looks values up in Cloud SIEM's"
            + " threat intelligence, which is not here");
      };
    }
    Node[] args = new Node[node.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = compile(node.args().get(i));
    }
    if (name.equals("if")) {
      Span condition = node.args().get(0).span();
      return frame -> Coercions.truth(args[0].eval(frame), condition) ? args[1].eval(frame) : args[2].eval(frame);
    }
    Builtin fn = BUILTINS.get(name);
    if (name.equals("anyhttpheadermatches")) {
      if (args[1] instanceof Constant c && c.value() instanceof String regex) {
        StringBuilder why = new StringBuilder();
        Optional<JavaRegex> compiled = JavaRegex.compile(regex, why);
        if (compiled.isEmpty()) {
          return problem(node.args().get(1).span(), why.toString());
        }
        fn = CollectionFunctions.anyHeaderMatches(compiled.get());
      } else {
        fn = CollectionFunctions.anyHeaderMatches();
      }
    }
    if (fn == null) {
      return problem(span, node.name() + " is not evaluated locally");
    }
    Builtin f = fn;
    return frame -> {
      Object[] values = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        values[i] = args[i].eval(frame);
      }
      return f.apply(values, span);
    };
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
  public Node visitMatches(Expr.Matches node) {
    Node subject = compile(node.subject());
    Span span = node.span();
    boolean negated = node.negated();
    if (node.pattern() instanceof Expr.RegexLit regex) {
      StringBuilder why = new StringBuilder();
      Optional<Re2Regex> compiled = Re2Regex.compile(regex.pattern(), regex.flags(), why);
      if (compiled.isEmpty()) {
        return problem(regex.span(), why.toString());
      }
      Re2Regex re = compiled.get();
      return frame -> {
        String s = Coercions.string(subject.eval(frame), span);
        return s != null && re.find(s) != negated;
      };
    }
    Node pattern = compile(node.pattern());
    if (pattern instanceof Constant c && c.value() instanceof String text) {
      GlobPattern glob = GlobPattern.wildcard(text);
      return frame -> {
        String s = Coercions.string(subject.eval(frame), span);
        return s != null && glob.matches(s) != negated;
      };
    }
    return frame -> {
      String s = Coercions.string(subject.eval(frame), span);
      String p = Coercions.string(pattern.eval(frame), span);
      return s != null && p != null && GlobPattern.wildcard(p).matches(s) != negated;
    };
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
  public Node visitLike(Expr.Like node) {
    Node subject = compile(node.subject());
    Node pattern = compile(node.pattern());
    Span span = node.span();
    boolean negated = node.negated();
    int escape = '\\';
    if (node.escape().isPresent()) {
      Optional<Integer> c = GlobPattern.escapeCharacter(node.escape().get());
      if (c.isEmpty()) {
        return problem(span, "the ESCAPE of LIKE must be one character, not '" + node.escape().get() + "'");
      }
      if (c.get() == '%' || c.get() == '_') {
        return problem(span, "ESCAPE '" + node.escape().get() + "' would make a LIKE wildcard its own escape;"
            + " the docs do not say what that means");
      }
      escape = c.get();
    }
    int esc = escape;
    if (pattern instanceof Constant c && c.value() instanceof String text) {
      GlobPattern glob = GlobPattern.like(text, esc);
      return frame -> {
        String s = Coercions.string(subject.eval(frame), span);
        return s != null && glob.matches(s) != negated;
      };
    }
    return frame -> {
      String s = Coercions.string(subject.eval(frame), span);
      String p = Coercions.string(pattern.eval(frame), span);
      return s != null && p != null && GlobPattern.like(p, esc).matches(s) != negated;
    };
  }

  @Override
  public Node visitRlike(Expr.Rlike node) {
    Node subject = compile(node.subject());
    Span span = node.span();
    boolean negated = node.negated();
    Expr patternExpr = node.pattern();
    Node pattern = patternExpr instanceof Expr.RegexLit r ? new Constant(r.pattern()) : compile(patternExpr);
    if (pattern instanceof Constant c && c.value() instanceof String text) {
      StringBuilder why = new StringBuilder();
      Optional<JavaRegex> compiled = JavaRegex.compile(text, why);
      if (compiled.isEmpty()) {
        return problem(patternExpr.span(), why.toString());
      }
      JavaRegex re = compiled.get();
      return frame -> {
        String s = Coercions.string(subject.eval(frame), span);
        return s != null && re.find(s, span) != negated;
      };
    }
    return frame -> {
      String s = Coercions.string(subject.eval(frame), span);
      String p = Coercions.string(pattern.eval(frame), span);
      if (s == null || p == null) {
        return false;
      }
      StringBuilder why = new StringBuilder();
      JavaRegex re = JavaRegex.compile(p, why).orElseThrow(() -> new EvaluationError(span, why.toString()));
      return re.find(s, span) != negated;
    };
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
      if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(list.size())) >= 0) {
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
