package io.github.sigma2sumo.run.sumo;

import java.util.Locale;

/**
 * How field names compare: case-insensitively. The docs do not say so, but their own examples
 * mix cases for one field ({@code _messageTime} and {@code _messagetime}; {@code count as Count}
 * then {@code sort by count}) and Sumo's production queries do it constantly, so a name is known
 * by its lower-case form (Locale.ROOT).
 */
final class FieldNames {
  private FieldNames() {}

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Fields whose name starts with an underscore are Sumo's own (docs search-operators/fields.md). */
  static boolean isInternal(String name) {
    return name.startsWith("_");
  }
}
