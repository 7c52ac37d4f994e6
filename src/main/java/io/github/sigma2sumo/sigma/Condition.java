package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * A parsed {@code condition} of a rule's detection (reference sigma.md §4.1): boolean operators
 * over search identifiers and {@code 1 of}/{@code all of} selectors. Spans are offsets in the
 * condition string.
 */
public sealed interface Condition {
  Span span();

  record Or(List<Condition> terms, Span span) implements Condition {
    public Or {
      terms = List.copyOf(terms);
    }
  }

  record And(List<Condition> terms, Span span) implements Condition {
    public And {
      terms = List.copyOf(terms);
    }
  }

  record Not(Condition operand, Span span) implements Condition {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** A search identifier by name. */
  record Ref(String name, Span span) implements Condition {
    public Ref {
      Objects.requireNonNull(name, "name");
    }
  }

  /** {@code 1 of pattern}, {@code any of pattern} ({@code all = false}) or {@code all of pattern}. */
  record Selector(boolean all, String pattern, Span span) implements Condition {
    public Selector {
      Objects.requireNonNull(pattern, "pattern");
    }

    public boolean them() {
      return pattern.equals("them");
    }
  }
}
