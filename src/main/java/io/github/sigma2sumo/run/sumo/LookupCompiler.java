package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import java.util.List;
import java.util.Optional;

/**
 * Prepares {@code lookup} against a table the caller gave ({@link Lookups}): the columns it names
 * must be in the table's header (compared case-insensitively), and {@code on field=column} (or a
 * lone name for both) names the keys. Tables Sumo hosts itself ({@code geo://}, {@code asn://}) and
 * tables the caller did not give are refused.
 */
final class LookupCompiler {
  private LookupCompiler() {}

  static Optional<RowStage> compile(Stage.Lookup node, ExprCompiler exprs) {
    Prep prep = exprs.prep();
    Expr.LibraryRef ref = node.table();
    String location = ref.path().orElse(ref.location());
    Optional<LookupTable> table = prep.lookups().table(location);
    if (table.isEmpty()) {
      // later stages may read what the refused lookup would add
      node.columns().forEach(c -> prep.define(c.alias().orElse(c.name())));
      if (node.columns().isEmpty()) {
        prep.fieldsOpen();
      }
      prep.notEvaluated("lookup from " + (ref.path().isPresent() ? ref.location() + "\"" + location + "\"" : location),
          "no table was given for it", ref.span());
      return Optional.empty();
    }
    LookupTable t = table.get();
    Eval[] keys = new Eval[node.keys().size()];
    int[] keyColumns = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      Stage.LookupKey k = node.keys().get(i);
      Expr column = k.right().orElse(k.left());
      if (!(column instanceof Expr.FieldRef c)) {
        prep.invalid("lookup", "`on` names a column of the table", column.span());
        return Optional.empty();
      }
      int index = column(t, c.name());
      if (index < 0) {
        prep.invalid("lookup", "the table has no column " + c.name(), column.span());
        return Optional.empty();
      }
      keys[i] = exprs.eval(k.left());
      keyColumns[i] = index;
    }
    boolean all = node.columns().isEmpty();
    int[] outColumns = new int[node.columns().size()];
    int[] targets = new int[outColumns.length];
    for (int i = 0; i < outColumns.length; i++) {
      Stage.LookupColumn c = node.columns().get(i);
      int index = column(t, c.name());
      if (index < 0) {
        prep.invalid("lookup", "the table has no column " + c.name(), c.span());
        return Optional.empty();
      }
      outColumns[i] = index;
      targets[i] = prep.define(c.alias().orElse(c.name()));
    }
    if (all) {
      t.columns().forEach(prep::define);
    }
    return Optional.of(new LookupStage(t, keys, keyColumns, outColumns, targets, all));
  }

  private static int column(LookupTable t, String name) {
    List<String> columns = t.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
