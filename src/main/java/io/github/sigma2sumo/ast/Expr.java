package io.github.sigma2sumo.ast;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Expressions of the operator stages: {@code where}, {@code if}, {@code expr as field} and the
 * arguments of operators.
 *
 * <p>Docs: search-query-language/field-expressions.md, search-operators/where.md, matches.md,
 * in.md, contains.md, math-expressions/index.md. Cloud SIEM rule expressions share these nodes and
 * add their own ({@link Like}, {@link Rlike}, {@link Between}, {@link IsNull}, {@link Index},
 * {@link ArrayLit}; docs/cse/rules/cse-rules-syntax.md), which never occur in a log search. Precedence, loosest first: {@code ? :}, or, and,
 * comparison/matches/contains/in, {@code + -}, {@code * / %}, prefix {@code ! - +}.
 */
public sealed interface Expr {

  Span span();

  <R> R accept(ExprVisitor<R> visitor);

  /** A field name as Sumo resolves it (case-insensitively); printed plain or as {@code %"..."}. */
  record FieldRef(String name, Span span) implements Expr {
    public FieldRef {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("empty field name");
      }
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitFieldRef(this); }
  }

  /** A double-quoted string; {@code value} is decoded (no surrounding quotes, escapes resolved). */
  record StringLit(String value, Span span) implements Expr {
    public StringLit {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitStringLit(this); }
  }

  /**
   * A number as written, with its unit suffix: {@code 1.5s}, {@code 10Ki}, {@code 3.14e+4}. The
   * text is kept because {@code 1m} (a minute) and {@code 1M} (a million) differ only in case.
   */
  record NumberLit(String text, Span span) implements Expr {
    public NumberLit {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitNumberLit(this); }
  }

  record BooleanLit(boolean value, Span span) implements Expr {
    public BooleanLit {
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitBooleanLit(this); }
  }

  record NullLit(Span span) implements Expr {
    public NullLit {
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitNullLit(this); }
  }

  /**
   * A regex literal {@code /.../} in RE2 syntax. {@code pattern} is the regex as RE2 receives it:
   * the {@code \/} that the literal needs for a slash is already resolved to {@code /}. It holds no
   * raw line break (write {@code \n}). {@code flags} are trailing letters such as {@code i}
   * ({@code /create/i}), which Sumo's own queries use; usually empty.
   */
  record RegexLit(String pattern, String flags, Span span) implements Expr {
    public RegexLit {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(flags, "flags");
      if (pattern.isEmpty() || pattern.indexOf('\n') >= 0 || pattern.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("regex literal must be non-empty and on one line");
      }
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitRegexLit(this); }
  }

  /** A dashboard parameter {@code {{name}}} (or {@code {{{name}}}} when {@code triple}). */
  record Template(String name, boolean triple, Span span) implements Expr {
    public Template {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitTemplate(this); }
  }

  /** A location such as {@code path://"/Library/x"}, {@code geo://location} or a classic table path. */
  record LibraryRef(String location, Optional<String> path, Span span) implements Expr {
    public LibraryRef {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitLibraryRef(this); }
  }

  /** A function call; {@code name} keeps the user's spelling (Sumo resolves it case-insensitively). */
  record Call(String name, List<Expr> args, Span span) implements Expr {
    public Call {
      Objects.requireNonNull(name, "name");
      args = List.copyOf(args);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitCall(this); }
  }

  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {
    public Unary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitUnary(this); }
  }

  /** Arithmetic and comparison. */
  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {
    public Binary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitBinary(this); }
  }

  record And(List<Expr> terms, Span span) implements Expr {
    public And {
      terms = Nodes.atLeastTwo(terms, "And");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitAnd(this); }
  }

  record Or(List<Expr> terms, Span span) implements Expr {
    public Or {
      terms = Nodes.atLeastTwo(terms, "Or");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitOr(this); }
  }

  /** {@code subject [not] matches pattern}: a wildcard string, a regex literal or any expression. */
  record Matches(Expr subject, Expr pattern, boolean negated, Span span) implements Expr {
    public Matches {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitMatches(this); }
  }

  /** Infix {@code a [not] contains b}; the call form {@code contains(a, b)} is a {@link Call}. */
  record Contains(Expr subject, Expr needle, boolean negated, Span span) implements Expr {
    public Contains {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(needle, "needle");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitContains(this); }
  }

  /** {@code subject [not] in (v1, v2, ...)}. */
  record In(Expr subject, List<Expr> values, boolean negated, Span span) implements Expr {
    public In {
      Objects.requireNonNull(subject, "subject");
      values = Nodes.nonEmpty(values, "In");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitIn(this); }
  }

  /**
   * {@code subject {{param}}}: a dashboard parameter that stands for an operator and its operand,
   * such as {@code > 100}, filled in before the query runs.
   */
  record TemplateComparison(Expr subject, Template template, Span span) implements Expr {
    public TemplateComparison {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitTemplateComparison(this); }
  }

  /** {@code condition ? then : otherwise}. */
  record Conditional(Expr condition, Expr then, Expr otherwise, Span span) implements Expr {
    public Conditional {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(then, "then");
      Objects.requireNonNull(otherwise, "otherwise");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitConditional(this); }
  }

  /** {@code [subquery: ...]} used as a where condition. */
  record Subquery(Query query, Span span) implements Expr {
    public Subquery {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitSubquery(this); }
  }

  /** Cloud SIEM {@code subject [NOT] LIKE pattern [ESCAPE 'c']}: SQL wildcards {@code %} and {@code _}. */
  record Like(Expr subject, Expr pattern, Optional<String> escape, boolean negated, Span span) implements Expr {
    public Like {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(escape, "escape");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitLike(this); }
  }

  /** Cloud SIEM {@code subject [NOT] RLIKE pattern}: a Java regex in a string, found anywhere. */
  record Rlike(Expr subject, Expr pattern, boolean negated, Span span) implements Expr {
    public Rlike {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitRlike(this); }
  }

  /** Cloud SIEM {@code subject [NOT] BETWEEN low AND high}, inclusive. */
  record Between(Expr subject, Expr low, Expr high, boolean negated, Span span) implements Expr {
    public Between {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitBetween(this); }
  }

  /** Cloud SIEM {@code subject IS [NOT] NULL}. */
  record IsNull(Expr subject, boolean negated, Span span) implements Expr {
    public IsNull {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitIsNull(this); }
  }

  /** Cloud SIEM map or array access {@code fields['EventData.Image']}. */
  record Index(Expr target, Expr key, Span span) implements Expr {
    public Index {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitIndex(this); }
  }

  /** Cloud SIEM array {@code [srcDevice_ip, dstDevice_ip]}, as {@code hasThreatMatch} takes. */
  record ArrayLit(List<Expr> elements, Span span) implements Expr {
    public ArrayLit {
      elements = List.copyOf(elements);
      Objects.requireNonNull(span, "span");
    }

    @Override public <R> R accept(ExprVisitor<R> v) { return v.visitArrayLit(this); }
  }
}
