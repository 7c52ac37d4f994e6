package io.github.sigma2sumo.cases;

import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * One test case: events, the rule they are for ({@code rule}: its id, name or title), and what the
 * rule must do with them. {@code file} and {@code span} locate the case for messages and reports.
 */
public record TestCase(String name, String rule, Expectation expect, List<CaseEvent> events, SourceFile file,
    Span span) {

  public TestCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(expect, "expect");
    events = List.copyOf(events);
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(span, "span");
  }
}
