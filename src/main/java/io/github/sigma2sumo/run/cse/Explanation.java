package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an expression matched a record or not, for {@code test --explain}: the outcome, the values
 * the {@code json} clauses extracted, and the condition as a tree that follows its
 * {@code AND}/{@code OR}/{@code NOT} structure down to the predicates, each with its truth and the
 * values of the fields it read. The outcome is the one {@link CseExpression#test} gives.
 */
public record Explanation(Outcome outcome, List<Reading> extracted, Term condition) {

  public Explanation {
    Objects.requireNonNull(outcome, "outcome");
    extracted = List.copyOf(extracted);
    Objects.requireNonNull(condition, "condition");
  }

  /** The truth of one part of the condition; {@code FAILED} when it could not be evaluated. */
  public enum Truth { TRUE, FALSE, FAILED }

  /** What a field (or a json alias) held: its name as written and its value as an expression writes it. */
  public record Reading(String field, String value) {
    public Reading {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * One part of the condition. {@code kind} is AND, OR, NOT or PREDICATE; {@code text} is its
   * source text when the expression was prepared with its source, else empty; {@code terms} are the
   * parts of an AND, OR or NOT; {@code readings} the fields a predicate read; {@code problem} why it
   * failed.
   */
  public record Term(Kind kind, Span span, String text, Truth truth, Optional<String> problem, List<Term> terms,
      List<Reading> readings) {
    public Term {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(truth, "truth");
      Objects.requireNonNull(problem, "problem");
      terms = List.copyOf(terms);
      readings = List.copyOf(readings);
    }
  }

  public enum Kind { AND, OR, NOT, PREDICATE }
}
