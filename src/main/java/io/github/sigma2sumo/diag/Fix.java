package io.github.sigma2sumo.diag;

import java.util.Objects;
import java.util.Optional;

/**
 * A suggested repair: a description for people and, where the repair is mechanical, the text that
 * should replace the diagnostic's range.
 */
public record Fix(String description, Optional<String> replacement) {

  public static Fix describe(String description) {
    return new Fix(description, Optional.empty());
  }

  public static Fix replaceWith(String description, String replacement) {
    return new Fix(description, Optional.of(replacement));
  }

  // written out for the reason given in Diagnostic

  @Override
  public boolean equals(Object o) {
    return o instanceof Fix f && Objects.equals(description, f.description)
        && Objects.equals(replacement, f.replacement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, replacement);
  }
}
