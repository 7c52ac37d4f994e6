package io.github.sigma2sumo.run.sumo;

import org.jspecify.annotations.Nullable;

/** Runs an {@link Extraction}, keeping its result on the message when the input is the untouched raw text. */
final class Extractions {
  private Extractions() {}

  static Value @Nullable [] run(Extraction extraction, Value input, @Nullable MessageMemo sharedRaw) {
    if (input.isNull()) {
      return null;
    }
    if (sharedRaw == null) {
      return extraction.extract(input.text());
    }
    Object kept = sharedRaw.fromRaw(extraction.key(), raw -> {
      Value[] r = extraction.extractRaw(sharedRaw);
      return r == null ? MessageMemo.NONE : r;
    });
    return kept == MessageMemo.NONE ? null : (Value[]) kept;
  }
}
