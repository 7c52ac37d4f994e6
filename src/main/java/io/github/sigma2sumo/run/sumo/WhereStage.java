package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code where <condition>}: keeps the rows whose condition is true (docs search-operators/where.md);
 * false, null and anything that is no boolean drop the row ({@link Cond#truth}). For a trace, the
 * condition's top-level terms (those of its outermost {@code and} or {@code or}) are evaluated one by
 * one on a dropped row.
 */
final class WhereStage implements RowStage {
  private final Cond condition;
  private final List<Cond> terms;
  private final List<Span> spans;

  WhereStage(Cond condition, List<Cond> terms, List<Span> spans) {
    this.condition = condition;
    this.terms = List.copyOf(terms);
    this.spans = List.copyOf(spans);
  }

  @Override
  public boolean apply(Slots row) {
    return condition.test(row);
  }

  @Override
  public String dropReason() {
    return "the where condition was false";
  }

  @Override
  public List<TermOutcome> explain(Slots row) {
    List<TermOutcome> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      out.add(new TermOutcome(spans.get(i), terms.get(i).test(row)));
    }
    return out;
  }
}
