package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code lookup c1 [as a], c2 from <table> on field=column, ...} with a table the caller gave
 * ({@link Lookups}; docs search-operators/lookup.md): the row of the table whose key columns equal
 * the row's fields, compared case-insensitively ("matches event field names and values to lookup
 * table field names and values in a case-insensitive manner"), gives its columns to the row. A row
 * with no match, or a null key, gets nulls ("To find a mismatch ... use isNull"). When several
 * table rows match, the first counts. {@code lookup *} gives every column under its own name. It
 * never drops a row.
 */
final class LookupStage implements RowStage {
  private final Eval[] keys;
  private final Map<List<String>, List<String>> index = new HashMap<>();
  private final int[] outColumns;
  private final int[] targets;
  private final List<String> allColumns;
  private final boolean all;

  /**
   * @param keyColumns the table column each key is compared with
   * @param outColumns the table columns given to the row, to {@code targets}; unused with {@code all}
   */
  LookupStage(LookupTable table, Eval[] keys, int[] keyColumns, int[] outColumns, int[] targets, boolean all) {
    this.keys = keys.clone();
    this.outColumns = outColumns.clone();
    this.targets = targets.clone();
    this.allColumns = table.columns();
    this.all = all;
    for (List<String> row : table.rows()) {
      List<String> key = new ArrayList<>(keyColumns.length);
      for (int c : keyColumns) {
        key.add(row.get(c).toLowerCase(Locale.ROOT));
      }
      index.putIfAbsent(key, row);
    }
  }

  @Override
  public boolean apply(Slots row) {
    List<String> key = new ArrayList<>(keys.length);
    boolean nullKey = false;
    for (Eval k : keys) {
      Value v = k.eval(row);
      nullKey |= v.isNull();
      key.add(v.text().toLowerCase(Locale.ROOT));
    }
    List<String> match = nullKey ? null : index.get(key);
    if (all) {
      for (int c = 0; c < allColumns.size(); c++) {
        row.setByName(allColumns.get(c), match == null ? Value.NULL : Value.of(match.get(c)));
      }
      return true;
    }
    for (int i = 0; i < targets.length; i++) {
      row.set(targets[i], match == null ? Value.NULL : Value.of(match.get(outColumns[i])));
    }
    return true;
  }

  @Override
  public String dropReason() {
    return "lookup drops no row";
  }
}
