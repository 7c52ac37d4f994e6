package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one search identifier of a rule's {@code detection}, as the YAML shape says
 * (reference sigma.md §2.1): a map is an AND of its items, a list is an OR of its elements, and a
 * field item compares one field with its values (OR-linked, or AND-linked under {@code all}).
 */
public sealed interface Detection {
  Span span();

  record AllOf(List<Detection> parts, Span span) implements Detection {
    public AllOf {
      parts = List.copyOf(parts);
      Objects.requireNonNull(span, "span");
    }
  }

  record AnyOf(List<Detection> parts, Span span) implements Detection {
    public AnyOf {
      parts = List.copyOf(parts);
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * {@code field|modifiers: values}, or a keyword item when {@code field} is empty. {@code all}:
   * every value must match; {@code negated}: the {@code neq} modifier negates the whole item.
   */
  record Item(Optional<String> field, List<String> modifiers, List<SigmaValue> values, boolean all,
      boolean negated, Span span) implements Detection {
    public Item {
      Objects.requireNonNull(field, "field");
      modifiers = List.copyOf(modifiers);
      values = List.copyOf(values);
      Objects.requireNonNull(span, "span");
    }
  }
}
