package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.windows.SysmonEvents;
import java.util.Optional;
import java.util.Set;

/**
 * A field name of a rule whose log source has a known schema that the schema does not have but
 * that is one or two typing mistakes away from a field it has ({@code CommandLin},
 * {@code Imgae}, {@code commandline}): such a rule compiles, and never fires. Fields the schema
 * does not have that are no near miss are left alone: pipelines and enrichments add fields, and
 * SigmaHQ rules use them ({@code SourceParentImage}). Known schemas: the Windows categories read
 * from Sysmon ({@link SysmonEvents}).
 */
final class FieldSpelling {
  private final Set<String> fields;
  private final String events;

  private FieldSpelling(Set<String> fields, String events) {
    this.fields = fields;
    this.events = events;
  }

  /** The schema of a rule's log source, when one is known. */
  static Optional<FieldSpelling> of(LogSource logSource) {
    if (!logSource.product().equals(Optional.of("windows")) || logSource.category().isEmpty()) {
      return Optional.empty();
    }
    String category = logSource.category().get();
    return SysmonEvents.fieldsOfCategory(category).map(f -> new FieldSpelling(f, category + " events"));
  }

  /** The message for a misspelt {@code field}, if it is one. */
  Optional<String> check(String field) {
    if (fields.contains(field)) {
      return Optional.empty();
    }
    return Suggestions.closest(field, fields, 2).map(known -> "'" + field + "' is not a field of " + events
        + "; did you mean '" + known + "'?" + (known.equalsIgnoreCase(field)
            ? " (Sigma field names are case-sensitive: pipelines map them by exact name)" : ""));
  }
}
