package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.diag.Severity;
import java.util.Objects;
import java.util.regex.Pattern;

/** A check's identity: kebab-case id (never changed once released), default severity, one-line summary. */
public record CheckInfo(String id, Severity defaultSeverity, String summary) {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public CheckInfo {
    Objects.requireNonNull(id, "id");
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException("check id must be kebab-case: " + id);
    }
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(summary, "summary");
  }

  /** Where the check's documentation page lives in the repository. */
  public String docPath() {
    return "docs/checks/" + id + ".md";
  }
}
