package io.github.sigma2sumo.run.sumo;

import org.jspecify.annotations.Nullable;

/** Runs an {@link Extraction}, keeping its result on the message when the input is the untouched raw text. */
final class Extractions {
  private Extractions() {}

  /**
   * The extraction of {@code input}, or of the message's raw text when {@code sharedRaw} is given
   * ({@code input} is then that text, or unused).
   */
  static Value @Nullable [] run(Extraction extraction, @Nullable Value input, @Nullable MessageMemo sharedRaw) {
    if (sharedRaw != null) {
      Object kept = sharedRaw.fromRaw(extraction.key(), raw -> {
        Value[] r = extraction.extractRaw(sharedRaw);
        return r == null ? MessageMemo.NONE : r;
      });
      return kept == MessageMemo.NONE ? null : (Value[]) kept;
    }
    if (input == null || input.isNull()) {
      return null;
    }
    return extraction.extract(input.text());
  }
}
