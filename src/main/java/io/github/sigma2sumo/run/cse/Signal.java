package io.github.sigma2sumo.run.cse;

import java.util.List;
import java.util.Objects;

/**
 * One signal a rule fired: the records that made it (indexes into the list given to
 * {@link CseRuleEvaluator#run}, in time order), the time of the first and last of them, the entity
 * it is on and the group-by values of its group, and for an aggregation rule the values of the
 * aggregations when it fired. Values are written as an expression writes them ({@code 'text'},
 * {@code 12}, {@code null}).
 */
public record Signal(List<Integer> records, long firstMillis, long lastMillis, List<Field> entities,
    List<Field> groupBy, List<Field> aggregates) {

  public Signal {
    records = List.copyOf(records);
    entities = List.copyOf(entities);
    groupBy = List.copyOf(groupBy);
    aggregates = List.copyOf(aggregates);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("a signal comes from at least one record");
    }
  }

  /** A named value: an entity type and its value, a group-by field, an aggregation. */
  public record Field(String name, String value) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }
}
