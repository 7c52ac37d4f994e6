package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Sigma filter (meta filter): detections and a condition that are ANDed to every rule of its log
 * source that it names, or to all of them when it names none or says {@code any} (reference
 * sigma.md §6; SigmaHQ/sigma-specification, specification/sigma-filters-specification.md). As in
 * pySigma, the condition itself must say {@code not} to exclude.
 */
public record SigmaFilter(SourceFile source, Span span, String title, Optional<String> id, LogSource logSource,
    List<String> rules, List<Span> ruleSpans, Map<String, Detection> detections, SigmaRule.ParsedCondition condition) {

  public SigmaFilter {
    rules = List.copyOf(rules);
    ruleSpans = List.copyOf(ruleSpans);
    detections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detections));
  }

  /** True when this filter applies to {@code rule}: its log source covers the rule's, and it names it. */
  public boolean appliesTo(SigmaRule rule) {
    if (!logSource.covers(rule.logSource())) {
      return false;
    }
    return rules.isEmpty() || rules.contains("any") || rule.id().map(rules::contains).orElse(false)
        || rule.name().map(rules::contains).orElse(false);
  }

  /**
   * {@code rule} with this filter applied: its identifiers copied in under {@code _filter<n>_}
   * (hidden from {@code them} and from patterns that do not start with '_'), and every condition
   * ANDed with the filter's.
   */
  public SigmaRule applyTo(SigmaRule rule, int n) {
    String prefix = "_filter" + n + "_";
    Map<String, Detection> detections = new java.util.LinkedHashMap<>(rule.detections());
    this.detections.forEach((name, d) -> detections.put(prefix + name, d));
    Condition filter = renamed(condition.condition(), prefix);
    List<SigmaRule.ParsedCondition> conditions = new java.util.ArrayList<>();
    for (SigmaRule.ParsedCondition c : rule.conditions()) {
      conditions.add(new SigmaRule.ParsedCondition(new Condition.And(List.of(c.condition(), filter), c.condition().span()),
          c.span(), c.textOffset()));
    }
    return new SigmaRule(rule.source(), rule.span(), rule.title(), rule.id(), rule.name(), rule.status(), rule.level(),
        rule.description(), rule.author(), rule.references(), rule.tags(), rule.falsePositives(), rule.date(),
        rule.license(), rule.logSource(), detections, conditions, rule.keySpans());
  }

  private static Condition renamed(Condition c, String prefix) {
    if (c instanceof Condition.Ref r) {
      return new Condition.Ref(prefix + r.name(), r.span());
    } else if (c instanceof Condition.Selector s) {
      return new Condition.Selector(s.all(), s.them() ? prefix + "*" : prefix + s.pattern(), s.span());
    } else if (c instanceof Condition.Not n) {
      return new Condition.Not(renamed(n.operand(), prefix), n.span());
    } else if (c instanceof Condition.And a) {
      return new Condition.And(a.terms().stream().map(t -> renamed(t, prefix)).toList(), a.span());
    }
    Condition.Or o = (Condition.Or) c;
    return new Condition.Or(o.terms().stream().map(t -> renamed(t, prefix)).toList(), o.span());
  }
}
