package io.github.sigma2sumo.ast;

import java.util.List;

/** Invariant checks shared by the AST records' compact constructors. */
final class Nodes {
  private Nodes() {}

  static <T> List<T> atLeastTwo(List<T> terms, String what) {
    List<T> copy = List.copyOf(terms);
    if (copy.size() < 2) {
      throw new IllegalArgumentException(what + " needs at least two terms, got " + copy.size());
    }
    return copy;
  }

  static <T> List<T> nonEmpty(List<T> items, String what) {
    List<T> copy = List.copyOf(items);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(what + " needs at least one item");
    }
    return copy;
  }
}
