package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.source.Span;
import java.util.Objects;

/** One prepared stage in its place: its index among the query's stages, its span, and its work. */
record Step(int index, Span span, StageWork work) {
  Step {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(work, "work");
  }
}
