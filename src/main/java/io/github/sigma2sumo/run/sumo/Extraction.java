package io.github.sigma2sumo.run.sumo;

import org.jspecify.annotations.Nullable;

/**
 * How a parse operator turns one input text into values for its fields: a regex's named groups, an
 * anchor pattern's stars, JSON paths, key-value keys, CSV columns.
 *
 * <p>An extraction depends on its input text alone, so one worked out on a message's untouched
 * {@code _raw} is kept for every query with an equal {@link #key()}.
 */
interface Extraction {

  /**
   * The value of each target in order, or null when the input does not match: then the stage
   * assigns nothing (docs parse-variable-patterns-using-regex.md: "If any of the text segments
   * cannot be matched, then none of the variables will be assigned").
   */
  Value @Nullable [] extract(String input);

  /** {@link #extract} of a message's untouched raw text, free to use what the message keeps. */
  default Value @Nullable [] extractRaw(MessageMemo message) {
    return extract(message.message().raw());
  }

  /** Equal for extractions that give equal results on every input. */
  Object key();
}
