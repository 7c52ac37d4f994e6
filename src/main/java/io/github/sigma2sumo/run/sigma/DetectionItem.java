package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code field|modifiers: values} item, or a keyword item when {@code field} is empty: its
 * values are OR-linked, or AND-linked under {@code all}, and {@code neq} negates the result
 * (ModifierChain states the choices). A keyword value holds when it is found in one text of the
 * event ({@link EventView}).
 */
record DetectionItem(Optional<String> field, String key, Location location, List<Criterion> criteria, boolean all,
    boolean negated) implements SearchNode {

  DetectionItem {
    Objects.requireNonNull(field, "field");
    criteria = List.copyOf(criteria);
  }

  @Override
  public boolean test(EventView event, Trace trace) throws EvaluationException {
    Optional<YNode> value = Optional.empty();
    List<String> texts = List.of();
    if (field.isPresent()) {
      value = event.field(field.get());
    } else {
      texts = event.texts();
    }
    int hits = 0;
    String first = null;
    for (Criterion c : criteria) {
      boolean hit = false;
      if (field.isPresent()) {
        hit = c.test(value, event);
      } else {
        for (String t : texts) {
          if (c.testKeyword(t)) {
            hit = true;
            break;
          }
        }
      }
      if (hit) {
        hits++;
        first = first == null ? c.display() : first;
      }
    }
    boolean held = (all ? hits == criteria.size() : hits > 0) != negated;
    trace.add(new ItemVerdict(trace.scope(), trace.identifier(), key, location, held, Optional.ofNullable(first),
        field.isPresent() ? Optional.of(shown(value)) : Optional.empty()));
    return held;
  }

  /** The event's value as explanations show it: quoted text, {@code null}, {@code absent}, lists in brackets. */
  static String shown(Optional<YNode> value) {
    if (value.isEmpty()) {
      return "absent";
    }
    StringBuilder out = new StringBuilder();
    show(value.get(), out);
    return out.length() > ItemVerdict.MAX_SHOWN ? out.substring(0, ItemVerdict.MAX_SHOWN) + "..." : out.toString();
  }

  private static void show(YNode node, StringBuilder out) {
    if (out.length() > ItemVerdict.MAX_SHOWN) {
      return;
    }
    if (node instanceof YScalar s) {
      Optional<String> t = EventView.text(s);
      out.append(t.isEmpty() ? "null" : s.value() instanceof String ? "'" + t.get() + "'" : t.get());
    } else if (node instanceof YList l) {
      out.append('[');
      for (int i = 0; i < l.items().size() && out.length() <= ItemVerdict.MAX_SHOWN; i++) {
        out.append(i > 0 ? ", " : "");
        show(l.items().get(i), out);
      }
      out.append(']');
    } else {
      out.append("{").append(((YMap) node).entries().size()).append(" keys}");
    }
  }
}
