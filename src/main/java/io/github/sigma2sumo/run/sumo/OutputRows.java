package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Result rows as Sumo shows them (docs search-operators/fields.md). A message row holds
 * {@code _messagetime}, {@code _receipttime}, {@code _raw} and the message's metadata, overridden
 * by the stages that wrote the same names, and the fields the stages created; its fields are
 * ordered alphabetically ("By default, the fields in non-aggregated results are ordered
 * alphabetically", case-insensitively here). An aggregate row keeps the order in which the query
 * made its fields. A {@code fields} allow-list puts its fields first in its order.
 */
final class OutputRows {
  private OutputRows() {}

  static List<Row> of(List<Slots> rows, boolean aggregated) {
    List<Row> out = new ArrayList<>(rows.size());
    for (Slots row : rows) {
      out.add(new Row(aggregated ? aggregateRow(row) : messageRow(row)));
    }
    return out;
  }

  private static Map<String, Value> messageRow(Slots row) {
    Map<String, Value> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    row.memo().ifPresent(memo -> {
      LogMessage m = memo.message();
      all.put("_messagetime", Value.of((double) m.messageTimeMillis()));
      all.put("_receipttime", Value.of((double) m.receiptTimeMillis()));
      all.put("_raw", Value.of(m.raw()));
      m.metadata().forEach((k, v) -> all.put(k, Value.of(v)));
    });
    for (int slot : row.createdOrder()) {
      String name = row.schema().name(slot);
      all.remove(name);
      all.put(name, row.get(slot));
    }
    row.extra().forEach((k, v) -> {
      all.remove(k);
      all.put(k, v);
    });
    return ordered(all, row);
  }

  private static Map<String, Value> aggregateRow(Slots row) {
    Map<String, Value> all = new LinkedHashMap<>();
    for (int slot : row.createdOrder()) {
      all.put(row.schema().name(slot), row.get(slot));
    }
    all.putAll(row.extra());
    return ordered(all, row);
  }

  private static Map<String, Value> ordered(Map<String, Value> all, Slots row) {
    Map<String, Value> out = new LinkedHashMap<>();
    for (String first : row.shownFirst()) {
      for (Map.Entry<String, Value> e : all.entrySet()) {
        if (e.getKey().equalsIgnoreCase(first) && row.isShown(e.getKey())) {
          out.put(e.getKey(), e.getValue());
        }
      }
    }
    for (Map.Entry<String, Value> e : all.entrySet()) {
      if (row.isShown(e.getKey()) && !out.containsKey(e.getKey())) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }
}
