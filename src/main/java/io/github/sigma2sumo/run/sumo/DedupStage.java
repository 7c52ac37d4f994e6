package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dedup [consecutive] [n] [by f, ...]}: keeps the first n rows (1 by default) of each
 * combination of the fields' values, in the current order (newest first unless sorted); without
 * fields the key is {@code _raw}. With {@code consecutive} only runs of adjacent rows with the same
 * key are cut (docs search-operators/dedup.md). Values compare by their text, null as empty.
 */
final class DedupStage implements TableStage {
  private final Eval[] keys;
  private final long keep;
  private final boolean consecutive;

  DedupStage(Eval[] keys, long keep, boolean consecutive) {
    this.keys = keys.clone();
    this.keep = keep;
    this.consecutive = consecutive;
  }

  @Override
  public List<Slots> apply(List<Slots> rows, RunContext context) {
    List<Slots> out = new ArrayList<>();
    Map<List<String>, Long> seen = new HashMap<>();
    List<String> previous = null;
    long run = 0;
    for (Slots row : rows) {
      List<String> key = new ArrayList<>(keys.length);
      for (Eval k : keys) {
        key.add(k.eval(row).text());
      }
      if (consecutive) {
        run = key.equals(previous) ? run + 1 : 1;
        previous = key;
        if (run <= keep) {
          out.add(row);
        }
      } else if (seen.merge(key, 1L, Long::sum) <= keep) {
        out.add(row);
      }
    }
    return out;
  }

  @Override
  public boolean aggregates() {
    return false;
  }
}
