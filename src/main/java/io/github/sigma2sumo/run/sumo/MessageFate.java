package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * What became of one message in a traced run ({@code test --explain}): the scope turned it away,
 * a stage dropped it, or it came through the stages that work message by message.
 */
public sealed interface MessageFate {

  LogMessage message();

  /**
   * The scope was false. {@code terms} are the scope's top-level terms (those of its outermost
   * AND or OR, or the scope itself) with their truth on this message.
   */
  record OutOfScope(LogMessage message, List<TermOutcome> terms) implements MessageFate {
    public OutOfScope {
      Objects.requireNonNull(message, "message");
      terms = List.copyOf(terms);
    }
  }

  /**
   * The stage at {@code stage} (its index among the query's stages) dropped the message:
   * {@code reason} says why ("parse did not match", "where was false"); for a {@code where},
   * {@code terms} are the condition's top-level terms with their truth.
   */
  record Dropped(LogMessage message, int stage, Span span, String reason, List<TermOutcome> terms)
      implements MessageFate {
    public Dropped {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(reason, "reason");
      terms = List.copyOf(terms);
    }
  }

  /** The message came through the message-by-message stages as {@code rows} rows (more with {@code multi}). */
  record Kept(LogMessage message, int rows) implements MessageFate {
    public Kept {
      Objects.requireNonNull(message, "message");
    }
  }
}
