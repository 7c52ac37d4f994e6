package io.github.sigma2sumo.run.sigma;

import java.util.List;

/**
 * The value of one search identifier, in the shape the YAML gives it (SigmaHQ/sigma-specification,
 * specification/sigma-rules-specification.md, "Lists", "Maps"): a map is the AND of its items, a
 * list the OR of its elements, a {@link DetectionItem} compares one field (or, for keywords, the
 * event text) with its values. Every part is evaluated, without short-circuit, so that an
 * explanation shows the verdict of each item.
 */
sealed interface SearchNode permits SearchNode.AllOf, SearchNode.AnyOf, DetectionItem {

  boolean test(EventView event, Trace trace) throws EvaluationException;

  record AllOf(List<SearchNode> parts) implements SearchNode {
    public AllOf {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(EventView event, Trace trace) throws EvaluationException {
      boolean all = true;
      for (SearchNode p : parts) {
        all &= p.test(event, trace);
      }
      return all;
    }
  }

  record AnyOf(List<SearchNode> parts) implements SearchNode {
    public AnyOf {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean test(EventView event, Trace trace) throws EvaluationException {
      boolean any = false;
      for (SearchNode p : parts) {
        any |= p.test(event, trace);
      }
      return any;
    }
  }
}
