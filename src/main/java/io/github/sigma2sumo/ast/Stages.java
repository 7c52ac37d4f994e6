package io.github.sigma2sumo.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** List builders for {@link Stage#expressions()}. */
final class Stages {
  private Stages() {}

  @SafeVarargs
  static List<Expr> present(Optional<Expr>... items) {
    List<Expr> out = new ArrayList<>();
    for (Optional<Expr> item : items) {
      item.ifPresent(out::add);
    }
    return out;
  }

  static List<Expr> concat(Optional<Expr> first, List<Expr> a, List<Expr> b) {
    List<Expr> out = new ArrayList<>();
    first.ifPresent(out::add);
    out.addAll(a);
    out.addAll(b);
    return out;
  }
}
