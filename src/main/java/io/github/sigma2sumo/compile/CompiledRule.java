package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What compiling one rule gave: the query text, or none when the rule failed, and its
 * diagnostics. A file whose YAML does not load gives one entry with no id and no title.
 */
public record CompiledRule(String file, Optional<String> id, Optional<String> title, String target,
    Optional<String> query, List<Diagnostic> diagnostics) {

  public CompiledRule {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean failed() {
    return query.isEmpty() || diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
