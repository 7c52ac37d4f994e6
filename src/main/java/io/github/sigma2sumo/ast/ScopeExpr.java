package io.github.sigma2sumo.ast;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * The keyword search expression before the first pipe: terms, phrases, {@code field=value}
 * filters on metadata and indexed fields, boolean operators and subqueries.
 *
 * <p>Matching in the scope is case-insensitive and term based (docs "Keyword Search Expressions").
 * And and Or are n-ary with at least two terms and never directly nested in themselves.
 */
public sealed interface ScopeExpr {

  Span span();

  <R> R accept(ScopeVisitor<R> visitor);

  /** Implicit or explicit AND. */
  record And(List<ScopeExpr> terms, Span span) implements ScopeExpr {
    public And {
      terms = Nodes.atLeastTwo(terms, "And");
      Objects.requireNonNull(span, "span");
    }

    @Override
    public <R> R accept(ScopeVisitor<R> visitor) {
      return visitor.visitAnd(this);
    }
  }

  record Or(List<ScopeExpr> terms, Span span) implements ScopeExpr {
    public Or {
      terms = Nodes.atLeastTwo(terms, "Or");
      Objects.requireNonNull(span, "span");
    }

    @Override
    public <R> R accept(ScopeVisitor<R> visitor) {
      return visitor.visitOr(this);
    }
  }

  /** {@code NOT x} or {@code !x}. */
  record Not(ScopeExpr operand, Span span) implements ScopeExpr {
    public Not {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(span, "span");
    }

    @Override
    public <R> R accept(ScopeVisitor<R> visitor) {
      return visitor.visitNot(this);
    }
  }

  /**
   * A keyword or phrase. {@code text} is the decoded text: a {@code *} or {@code ?} in it is a
   * wildcard (Sumo has no escape for them in the scope) and {@code {{name}}} is a template
   * parameter. {@code quoted} records whether it was written in double quotes.
   */
  record Term(String text, boolean quoted, Span span) implements ScopeExpr {
    public Term {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }

    @Override
    public <R> R accept(ScopeVisitor<R> visitor) {
      return visitor.visitTerm(this);
    }
  }

  /** {@code field=value} or {@code field!=value} on a metadata or indexed field. */
  record Field(String name, boolean negated, Term value, Span span) implements ScopeExpr {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(span, "span");
    }

    @Override
    public <R> R accept(ScopeVisitor<R> visitor) {
      return visitor.visitField(this);
    }
  }

  /** {@code [subquery: ... | compose ...]}. */
  record Subquery(Query query, Span span) implements ScopeExpr {
    public Subquery {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(span, "span");
    }

    @Override
    public <R> R accept(ScopeVisitor<R> visitor) {
      return visitor.visitSubquery(this);
    }
  }
}
