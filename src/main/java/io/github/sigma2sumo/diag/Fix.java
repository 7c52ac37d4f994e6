package io.github.sigma2sumo.diag;

import java.util.Objects;
import java.util.Optional;

/**
 * A suggested repair: a description for people and, where the repair is mechanical, the text that
 * should replace the diagnostic's range. A certain fix is one that does exactly what the author
 * meant and nothing else (ruff's "safe" fixes): {@code lint --fix} applies those only; the others
 * are shown for a person to judge.
 */
public record Fix(String description, Optional<String> replacement, boolean certain) {

  public Fix(String description, Optional<String> replacement) {
    this(description, replacement, false);
  }

  public static Fix describe(String description) {
    return new Fix(description, Optional.empty());
  }

  public static Fix replaceWith(String description, String replacement) {
    return new Fix(description, Optional.of(replacement));
  }

  /** A replacement that {@code lint --fix} may apply without asking. */
  public static Fix certain(String description, String replacement) {
    return new Fix(description, Optional.of(replacement), true);
  }

  // written out for the reason given in Diagnostic

  @Override
  public boolean equals(Object o) {
    return o instanceof Fix f && Objects.equals(description, f.description)
        && Objects.equals(replacement, f.replacement) && certain == f.certain;
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, replacement, certain);
  }
}
