package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What compiling one rule gave: the query text, or none when the rule failed, and its
 * diagnostics. A file whose YAML does not load gives one entry with no id and no title.
 * {@code source} is the Sigma rule or correlation compiled, for packs that carry its metadata;
 * {@code cse} the Cloud SIEM rule shape when the target is Cloud SIEM, and {@code cseFields} what
 * its expressions read.
 */
public record CompiledRule(String file, Optional<String> id, Optional<String> title, String target,
    Optional<String> query, List<Diagnostic> diagnostics, Optional<RuleSource> source, Optional<CseDetection> cse,
    Optional<CseFieldUse> cseFields, List<String> searchParts) {

  public CompiledRule {
    diagnostics = List.copyOf(diagnostics);
    searchParts = List.copyOf(searchParts);
  }

  /** An entry with no source rule and no Cloud SIEM shape: a file that failed to load. */
  public CompiledRule(String file, Optional<String> id, Optional<String> title, String target, Optional<String> query,
      List<Diagnostic> diagnostics) {
    this(file, id, title, target, query, diagnostics, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  public CompiledRule(String file, Optional<String> id, Optional<String> title, String target, Optional<String> query,
      List<Diagnostic> diagnostics, Optional<RuleSource> source, Optional<CseDetection> cse,
      Optional<CseFieldUse> cseFields) {
    this(file, id, title, target, query, diagnostics, source, cse, cseFields, List.of());
  }

  /** The compiled Sigma document: a detection rule or a correlation. */
  public sealed interface RuleSource {
    /**
     * A detection rule; {@code buildingBlock} when a correlation uses it and none asks to generate
     * it too (pySigma's {@code generate}): compile shows such a rule only with its findings, and a
     * pack never holds it on its own.
     */
    record Rule(io.github.sigma2sumo.sigma.SigmaRule rule, boolean buildingBlock) implements RuleSource {}

    record Correlation(io.github.sigma2sumo.sigma.SigmaCorrelation correlation) implements RuleSource {}
  }

  /**
   * The output in texts of one query or expression each: a Cloud SIEM chain rule gives one per
   * link, a log search over Sumo's length limit one per part ({@code searchParts}, each headed by
   * a comment), everything else its one query. Empty when the rule failed.
   */
  public List<String> queryParts() {
    if (query.isEmpty()) {
      return List.of();
    } else if (!searchParts.isEmpty()) {
      return searchParts;
    }
    return cse.map(CseRuleText::parts).orElse(List.of(query.get()));
  }

  /** What a file of one part is called: {@code link} for a chain rule's links, {@code part} for a split search. */
  public String partName() {
    return searchParts.isEmpty() ? "link" : "part";
  }

  /** True for a correlation's building block (see {@link RuleSource.Rule}). */
  public boolean buildingBlock() {
    return source.map(s -> s instanceof RuleSource.Rule r && r.buildingBlock()).orElse(false);
  }

  /**
   * An error, or a rule or correlation with no output. An entry of a file's own findings (no
   * source, such as a warning in a filter) fails only by an error: a warning never fails a run.
   */
  public boolean failed() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR) || query.isEmpty() && source.isPresent();
  }
}
