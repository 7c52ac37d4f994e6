package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.lint.Reporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Field names with hyphens written bare, such as {@code cs-uri-query}: CSE reads them as the
 * subtraction {@code cs - uri - query}. Found as a chain of {@code -} between bare names written
 * without spaces.
 */
final class HyphenatedNames {
  private HyphenatedNames() {}

  /** The outermost subtraction of each hyphenated name, in source order. */
  static List<Expr.Binary> of(List<Expr> nodes, Reporter source) {
    Set<Expr> inner = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Expr.Binary> out = new ArrayList<>();
    for (Expr e : nodes) {
      if (e instanceof Expr.Binary b && b.op() == BinaryOp.SUB && !inner.contains(b) && namesOnly(b)
          && source.text(b.span()).chars().noneMatch(Character::isWhitespace)) {
        out.add(b);
        markInner(b.left(), inner);
      }
    }
    return out;
  }

  /** The bare names a hyphenated name is made of. */
  static List<Expr.FieldRef> parts(Expr.Binary name) {
    List<Expr.FieldRef> out = new ArrayList<>();
    collect(name, out);
    return out;
  }

  /** {@code a-b-c} as written. */
  static String text(Expr.Binary name) {
    return String.join("-", parts(name).stream().map(Expr.FieldRef::name).toList());
  }

  private static void collect(Expr e, List<Expr.FieldRef> out) {
    if (e instanceof Expr.Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else {
      out.add((Expr.FieldRef) e);
    }
  }

  private static boolean namesOnly(Expr e) {
    if (e instanceof Expr.Binary b) {
      return b.op() == BinaryOp.SUB && namesOnly(b.left()) && b.right() instanceof Expr.FieldRef;
    }
    return e instanceof Expr.FieldRef;
  }

  private static void markInner(Expr e, Set<Expr> inner) {
    if (e instanceof Expr.Binary b) {
      inner.add(b);
      markInner(b.left(), inner);
    }
  }
}
