package io.github.sigma2sumo.ast;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Sumo Logic log search: an optional keyword scope and the operator stages after it.
 *
 * <p>{@code timeRange} is the text between {@code subquery} and {@code :} of a subquery
 * ({@code from=(-2d)}); it is empty for a top-level query.
 *
 * <p>Shared by the parser (Sumo text to AST), the compiler (Sigma to AST) and the printer (AST to
 * text). See docs "Search Syntax Overview" (SumoLogic/sumologic-documentation,
 * docs/search/get-started-with-search/build-search/search-syntax.md).
 */
public record Query(Optional<ScopeExpr> scope, List<Stage> stages, String timeRange, Span span) {
  public Query {
    Objects.requireNonNull(scope, "scope");
    stages = List.copyOf(stages);
    Objects.requireNonNull(timeRange, "timeRange");
    Objects.requireNonNull(span, "span");
  }
}
