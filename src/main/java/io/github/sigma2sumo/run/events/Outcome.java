package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.source.Span;
import java.util.function.Function;

/**
 * What every entry point of this package returns instead of throwing: a value, or a message saying
 * what was wrong with the user's input and where. A user's bad input is never an exception here.
 *
 * @param <T> the value of a success
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Failed {

  /** A success. */
  record Ok<T>(T value) implements Outcome<T> {}

  /**
   * A failure: {@code message} names the construct and the reason; {@code span} points into the
   * input it was read from, or is {@link Span#SYNTHETIC} when the input was not text.
   */
  record Failed<T>(String message, Span span) implements Outcome<T> {}

  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Outcome<T> failed(String message, Span span) {
    return new Failed<>(message, span);
  }

  static <T> Outcome<T> failed(String message) {
    return new Failed<>(message, Span.SYNTHETIC);
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The value of a success, or an IllegalStateException naming the failure (for callers that checked). */
  default T value() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    Failed<T> f = (Failed<T>) this;
    throw new IllegalStateException("no value: " + f.message());
  }

  /** The failure message, or the empty string on success. */
  default String message() {
    return this instanceof Failed<T> f ? f.message() : "";
  }

  default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(f.apply(ok.value()));
    }
    Failed<T> failed = (Failed<T>) this;
    return new Failed<>(failed.message(), failed.span());
  }

  default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
    if (this instanceof Ok<T> ok) {
      return f.apply(ok.value());
    }
    Failed<T> failed = (Failed<T>) this;
    return new Failed<>(failed.message(), failed.span());
  }
}
