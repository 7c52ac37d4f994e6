package io.github.sigma2sumo.run.cse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a threshold, chain or aggregation rule splits records into the groups it counts apart.
 *
 * <p>Docs: docs/cse/rules/write-threshold-rule.md and docs/cse/rules/write-chain-rule.md: "By
 * default, a threshold [chain] rule implicitly groups by the entity field you'll select [...] You
 * can select additional group by fields"; docs/cse/rules/write-aggregation-rule.md: the On Entity
 * field "will automatically appear" among the group-by fields, and the rule "will fire a Signal on
 * each of the Entity fields you select". So each entity selector counts on its own: a record
 * belongs to one group per entity selector whose value it has, keyed by that value and the group-by
 * values. Left open by the docs and decided here: a record without a value for a selector is not
 * counted for it (a signal needs its entity); a group-by field that is null is a group value like
 * any other; an aggregation rule with {@code groupByAsset} false groups by its group-by fields
 * only, and so does any rule without entity selectors.
 */
final class Grouping {

  record Selector(String entityType, CseExpression expression, String key) {}

  record Field(String name, CseExpression expression, String key) {}

  /** What makes two records one group: the selector, its value, the group-by values (all normalized). */
  record Key(String entityType, @Nullable Object entity, List<@Nullable Object> values) {}

  /** A group a record belongs to, with the values to show in its signals. */
  record Group(Key key, List<Signal.Field> entities, List<Signal.Field> groupBy) {}

  private final List<Selector> selectors;
  private final List<Field> fields;
  private final boolean byEntity;

  Grouping(List<Selector> selectors, List<Field> fields, boolean byEntity) {
    this.selectors = List.copyOf(selectors);
    this.fields = List.copyOf(fields);
    this.byEntity = byEntity && !selectors.isEmpty();
  }

  /** The groups of record {@code index}; none when it has no value for any selector or failed. */
  List<Group> groups(RuleRun run, int index) {
    List<@Nullable Object> values = new ArrayList<>(fields.size());
    List<Signal.Field> shown = new ArrayList<>(fields.size());
    for (Field f : fields) {
      Optional<RuleRun.Holder> v = run.value(f.expression(), f.key(), index);
      if (v.isEmpty()) {
        return List.of();
      }
      values.add(Coercions.groupKey(v.get().value()));
      shown.add(new Signal.Field(f.name(), Coercions.show(v.get().value())));
    }
    if (!byEntity) {
      return List.of(new Group(new Key("", null, Arrays.asList(values.toArray())), List.of(), shown));
    }
    List<Group> out = new ArrayList<>(selectors.size());
    for (Selector s : selectors) {
      Optional<RuleRun.Holder> v = run.value(s.expression(), s.key(), index);
      if (v.isPresent() && v.get().value() != null) {
        Object entity = v.get().value();
        out.add(new Group(new Key(s.entityType(), Coercions.groupKey(entity), Arrays.asList(values.toArray())),
            List.of(new Signal.Field(s.entityType(), Coercions.show(entity))), shown));
      }
    }
    return out;
  }

  boolean hasSelectors() {
    return !selectors.isEmpty();
  }

  /** The entities of record {@code index} that have a value, for a match rule's signal. */
  List<Signal.Field> entities(RuleRun run, int index) {
    List<Signal.Field> out = new ArrayList<>();
    for (Selector s : selectors) {
      Optional<RuleRun.Holder> v = run.value(s.expression(), s.key(), index);
      if (v.isPresent() && v.get().value() != null) {
        out.add(new Signal.Field(s.entityType(), Coercions.show(v.get().value())));
      }
    }
    return out;
  }
}
