package io.github.sigma2sumo.ast;

import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Objects;

/**
 * One Cloud SIEM rule expression: an optional chain of {@code json} clauses that extract values
 * from the record's {@code fields} map under aliases, and the condition.
 *
 * <p>Docs: docs/cse/rules/cse-rules-syntax.md ("json": field and alias are mandatory, several json
 * clauses may precede the one {@code where}).
 */
public record CseRule(List<JsonClause> jsonClauses, Expr condition, Span span) {

  public CseRule {
    jsonClauses = List.copyOf(jsonClauses);
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(span, "span");
  }

  /** {@code json field=source "path", ... as alias, ...}. */
  public record JsonClause(Expr source, List<String> paths, List<String> aliases, Span span) {
    public JsonClause {
      Objects.requireNonNull(source, "source");
      paths = Nodes.nonEmpty(paths, "JsonClause paths");
      aliases = Nodes.nonEmpty(aliases, "JsonClause aliases");
      Objects.requireNonNull(span, "span");
    }
  }
}
