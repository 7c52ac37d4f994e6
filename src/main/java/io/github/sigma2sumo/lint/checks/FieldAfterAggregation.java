package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.source.Span;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A field used after an aggregation that dropped it. An aggregate stage keeps only its group-by
 * fields and its results ({@code _count}, {@code _sum} or their aliases); every other field,
 * {@code _raw} and {@code _messageTime} included, is gone (docs group-aggregate-operators/index.md).
 *
 * <p>The check follows the set of available fields from the first aggregation on and gives up
 * (reports nothing further) after a stage whose output it cannot know, such as {@code json auto},
 * {@code lookup *} or an operator kept as raw text.
 */
public final class FieldAfterAggregation extends AbstractCheck {
  private static final Map<String, String> DEFAULT_OUTPUT = Map.ofEntries(
      Map.entry("count", "_count"), Map.entry("count_distinct", "_count_distinct"), Map.entry("sum", "_sum"),
      Map.entry("avg", "_avg"), Map.entry("min", "_min"), Map.entry("max", "_max"), Map.entry("stddev", "_stddev"),
      Map.entry("first", "_first"), Map.entry("last", "_last"), Map.entry("values", "_values"),
      Map.entry("most_recent", "_mostrecent"), Map.entry("least_recent", "_leastrecent"),
      Map.entry("median", "_median"));

  public FieldAfterAggregation() {
    super("field-after-aggregation", Severity.ERROR, "field used after an aggregation that dropped it");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    Optional<Set<String>> available = Optional.empty();
    Span aggregation = Span.SYNTHETIC;
    for (Stage stage : walk.query().stages()) {
      if (available.isPresent() && readsFields(stage)) {
        for (Expr e : stage.expressions()) {
          for (Expr node : QueryWalk.outsideSubqueries(e)) {
            if (node instanceof Expr.FieldRef f && !available.get().contains(key(f.name()))) {
              out.report(f.span(), "'" + f.name() + "' does not exist here: the aggregation at '"
                  + out.text(aggregation) + "' keeps only " + describe(available.get()));
            }
          }
        }
      }
      if (stage instanceof Stage.Aggregate a) {
        available = outputs(a);
        aggregation = a.span();
      } else if (available.isPresent()) {
        available = after(stage, available.get());
      }
    }
  }

  /** Stages whose expressions are all field reads; lookup keys name table columns, for one. */
  private static boolean readsFields(Stage stage) {
    return stage instanceof Stage.Where || stage instanceof Stage.Assign || stage instanceof Stage.Sort
        || stage instanceof Stage.Aggregate || stage instanceof Stage.Top || stage instanceof Stage.Fields;
  }

  private static Optional<Set<String>> outputs(Stage.Aggregate a) {
    Set<String> fields = new HashSet<>();
    for (Expr g : a.groupBy()) {
      if (!(g instanceof Expr.FieldRef f)) {
        return Optional.empty();
      }
      fields.add(key(f.name()));
    }
    for (Stage.AggregateCall call : a.calls()) {
      if (call.function().equalsIgnoreCase("total") || call.function().equalsIgnoreCase("topk")) {
        return Optional.empty(); // these add columns to every row rather than aggregate the rows away
      }
      if (call.alias().isPresent()) {
        fields.add(key(call.alias().get()));
      } else if (DEFAULT_OUTPUT.containsKey(key(call.function()))) {
        fields.add(DEFAULT_OUTPUT.get(key(call.function())));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(fields);
  }

  /** The fields after {@code stage}, or empty when they cannot be known. */
  private static Optional<Set<String>> after(Stage stage, Set<String> before) {
    Set<String> fields = new HashSet<>(before);
    if (stage instanceof Stage.Where || stage instanceof Stage.Sort || stage instanceof Stage.Limit
        || stage instanceof Stage.Dedup) {
      return Optional.of(fields);
    } else if (stage instanceof Stage.Assign assign && assign.alias().isPresent()) {
      fields.add(key(assign.alias().get()));
      return Optional.of(fields);
    } else if (stage instanceof Stage.Timeslice t) {
      fields.add(key(t.alias().orElse("_timeslice")));
      return Optional.of(fields);
    } else if (stage instanceof Stage.Fields f) {
      Set<String> listed = new HashSet<>();
      for (Expr e : f.fields()) {
        if (!(e instanceof Expr.FieldRef ref)) {
          return Optional.empty();
        }
        listed.add(key(ref.name()));
      }
      if (f.remove()) {
        fields.removeAll(listed);
      } else {
        // An allow-list keeps the built-in fields whose names start with '_' (docs fields.md).
        fields.removeIf(name -> !listed.contains(name) && !name.startsWith("_"));
      }
      return Optional.of(fields);
    } else if (stage instanceof Stage.ParseAnchor p) {
      p.patterns().forEach(pattern -> pattern.names().forEach(n -> fields.add(key(n))));
      return Optional.of(fields);
    } else if (stage instanceof Stage.Json j && !j.auto() && !j.names().isEmpty()) {
      j.names().forEach(n -> fields.add(key(n)));
      return Optional.of(fields);
    }
    return Optional.empty();
  }

  private static String describe(Set<String> fields) {
    if (fields.isEmpty()) {
      return "no fields";
    }
    return String.join(", ", fields.stream().sorted().toList());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
