package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Sigma detection rule (reference sigma.md §1.2): its metadata, log source, named detections
 * in file order, and conditions (several conditions are alternatives). {@code source} and
 * {@code span} locate the rule's document, {@code keySpans} each of its top-level keys.
 */
public record SigmaRule(SourceFile source, Span span, String title, Optional<String> id, Optional<String> name,
    Optional<String> status, Optional<String> level, Optional<String> description, Optional<String> author,
    List<String> references, List<String> tags, List<String> falsePositives, Optional<String> date,
    Optional<String> license, LogSource logSource, Map<String, Detection> detections, List<ParsedCondition> conditions,
    Map<String, Span> keySpans) {

  /** One condition with the span of its text in the file. */
  public record ParsedCondition(Condition condition, Span span, int textOffset) {}

  public SigmaRule {
    Objects.requireNonNull(source, "source");
    references = List.copyOf(references);
    tags = List.copyOf(tags);
    falsePositives = List.copyOf(falsePositives);
    detections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detections));
    conditions = List.copyOf(conditions);
    keySpans = Map.copyOf(keySpans);
  }

  /**
   * Where the rule's top-level {@code key} is written ({@code id}, {@code logsource}), for a
   * finding about it; where the rule starts when it has no such key.
   */
  public Span keySpan(String key) {
    return keySpans.getOrDefault(key, new Span(span.start(), span.start()));
  }

  /** The id, else the name, else the title: how messages and output files name the rule. */
  public String handle() {
    return id.or(() -> name).orElse(title);
  }
}
