package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.source.Span;
import java.util.Optional;

/**
 * The pattern predicates: {@code matches} (an RE2 regex literal, {@link Re2Regex}, or a wildcard
 * pattern, {@link GlobPattern#wildcard}), {@code LIKE} ({@link GlobPattern#like}) and {@code RLIKE}
 * ({@link JavaRegex}), each with its negated form. A constant pattern is compiled once; a pattern
 * computed from the record is compiled for each record, and one that does not compile fails it.
 * A null value or pattern makes the predicate false, negated or not.
 */
final class PatternPredicates {

  private PatternPredicates() {}

  static Node matches(Expr.Matches node, NodeCompiler compiler) {
    Node subject = compiler.compile(node.subject());
    Span span = node.span();
    boolean negated = node.negated();
    if (node.pattern() instanceof Expr.RegexLit regex) {
      StringBuilder why = new StringBuilder();
      Optional<Re2Regex> compiled = Re2Regex.compile(regex.pattern(), regex.flags(), why);
      if (compiled.isEmpty()) {
        return compiler.problem(regex.span(), why.toString());
      }
      Re2Regex re = compiled.get();
      return frame -> {
        String s = Coercions.string(subject.eval(frame), span);
        return s != null && re.find(s) != negated;
      };
    }
    Node pattern = compiler.compile(node.pattern());
    if (pattern instanceof NodeCompiler.Constant c && c.value() instanceof String text) {
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

  static Node like(Expr.Like node, NodeCompiler compiler) {
    Node subject = compiler.compile(node.subject());
    Node pattern = compiler.compile(node.pattern());
    Span span = node.span();
    boolean negated = node.negated();
    int escape = '\\';
    if (node.escape().isPresent()) {
      Optional<Integer> c = GlobPattern.escapeCharacter(node.escape().get());
      if (c.isEmpty()) {
        return compiler.problem(span, "the ESCAPE of LIKE must be one character, not '" + node.escape().get() + "'");
      }
      if (c.get() == '%' || c.get() == '_') {
        return compiler.problem(span, "ESCAPE '" + node.escape().get() + "' would make a LIKE wildcard its own escape;"
            + " the docs do not say what that means");
      }
      escape = c.get();
    }
    int esc = escape;
    if (pattern instanceof NodeCompiler.Constant c && c.value() instanceof String text) {
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

  static Node rlike(Expr.Rlike node, NodeCompiler compiler) {
    Node subject = compiler.compile(node.subject());
    Span span = node.span();
    boolean negated = node.negated();
    Expr patternExpr = node.pattern();
    Node pattern = patternExpr instanceof Expr.RegexLit r ? new NodeCompiler.Constant(r.pattern())
        : compiler.compile(patternExpr);
    if (pattern instanceof NodeCompiler.Constant c && c.value() instanceof String text) {
      StringBuilder why = new StringBuilder();
      Optional<JavaRegex> compiled = JavaRegex.compile(text, why);
      if (compiled.isEmpty()) {
        return compiler.problem(patternExpr.span(), why.toString());
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
}
