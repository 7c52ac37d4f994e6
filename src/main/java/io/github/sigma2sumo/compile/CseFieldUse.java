package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.lint.QueryWalk;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a Cloud SIEM rule's expressions read: the record fields, and the products they require
 * ({@code metadata_product = '...'}). Taken from the trees the expressions were printed from, which
 * the self-check proved equal to the printed text read back, so a pack need not parse them again
 * to pick entity selectors (reference sumo-cloud-siem.md §5.1).
 */
public record CseFieldUse(Set<String> fields, Set<String> products) {
  public static final CseFieldUse NONE = new CseFieldUse(Set.of(), Set.of());

  public CseFieldUse {
    fields = Set.copyOf(fields);
    products = Set.copyOf(products);
  }

  public static CseFieldUse of(CseRule rule) {
    Set<String> fields = new TreeSet<>();
    Set<String> products = new TreeSet<>();
    for (Expr e : QueryWalk.outsideSubqueries(rule.condition())) {
      if (e instanceof Expr.FieldRef f) {
        fields.add(f.name());
      }
      if (e instanceof Expr.Binary b && b.op() == BinaryOp.EQ && b.left() instanceof Expr.FieldRef f
          && f.name().equals("metadata_product") && b.right() instanceof Expr.StringLit s) {
        products.add(s.value());
      }
    }
    return new CseFieldUse(fields, products);
  }

  /** Both rules' fields and products, for a rule of several expressions. */
  public CseFieldUse plus(CseFieldUse other) {
    Set<String> f = new TreeSet<>(fields);
    f.addAll(other.fields);
    Set<String> p = new TreeSet<>(products);
    p.addAll(other.products);
    return new CseFieldUse(f, p);
  }
}
