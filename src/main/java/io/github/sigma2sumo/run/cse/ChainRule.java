package io.github.sigma2sumo.run.cse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A chain rule: fires when, within the window, each of its expressions has matched at least its
 * limit of records of one group (docs: docs/cse/rules/write-chain-rule.md). With {@code ordered},
 * "matches must occur in the same order as you have ordered the rule expressions": all the records
 * counted for one expression come before those counted for the next.
 *
 * <p>Decided where the docs are silent: a record that matches several expressions counts for each
 * of them when the chain is unordered, and for one of them when it is ordered (one record cannot be
 * both before and after itself); "before" is earlier in time, and for equal times earlier in the
 * input. The UI allows two expressions in an ordered chain; any number is evaluated here. The
 * signal's records are, unordered, every record in the window that matched an expression, and,
 * ordered, the records of the latest complete chain (found by taking, from the newest record back,
 * the latest records for the last expression, then the latest before them for the one before, and
 * so on, which finds a chain whenever there is one).
 */
record ChainRule(List<CseExpression> links, long[] limits, boolean ordered, long windowMillis, Grouping grouping)
    implements RuleLogic {

  static String key(int link) {
    return "expressionsAndLimits[" + link + "].expression";
  }

  @Override
  public String type() {
    return "chain";
  }

  @Override
  public Map<String, CseExpression> expressions() {
    Map<String, CseExpression> out = new LinkedHashMap<>();
    for (int i = 0; i < links.size(); i++) {
      out.put(key(i), links.get(i));
    }
    return out;
  }

  /** A group's window (payload: which links each record matched) and, unordered, how many records each link has. */
  private record State(TimeWindow<boolean[]> window, long[] counts) {}

  @Override
  public void run(RuleRun run) {
    int n = links.size();
    Map<Grouping.Key, State> states = new HashMap<>();
    for (int index : run.order) {
      boolean[] matched = new boolean[n];
      boolean any = false;
      for (int i = 0; i < n; i++) {
        matched[i] = run.matches(links.get(i), key(i), index);
        any |= matched[i];
      }
      if (!any) {
        continue;
      }
      long time = run.time(index);
      for (Grouping.Group group : grouping.groups(run, index)) {
        State state = states.computeIfAbsent(group.key(), k -> new State(new TimeWindow<>(windowMillis), new long[n]));
        for (TimeWindow.Entry<boolean[]> gone : state.window().add(index, time, matched)) {
          count(state.counts(), gone.payload(), -1);
        }
        count(state.counts(), matched, 1);
        @Nullable List<TimeWindow.Entry<boolean[]>> chain;
        if (ordered) {
          chain = matched[n - 1] ? orderedChain(state.window()) : null;
        } else {
          chain = complete(state.counts()) ? state.window().entries() : null;
        }
        if (chain != null) {
          run.signal(new Signal(TimeWindow.indexes(chain), TimeWindow.first(chain), TimeWindow.last(chain),
              group.entities(), group.groupBy(), List.of()));
          state.window().clear();
          java.util.Arrays.fill(state.counts(), 0);
        }
      }
    }
  }

  private static void count(long[] counts, boolean[] matched, int by) {
    for (int i = 0; i < counts.length; i++) {
      if (matched[i]) {
        counts[i] += by;
      }
    }
  }

  private boolean complete(long[] counts) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < limits[i]) {
        return false;
      }
    }
    return true;
  }

  /** The latest ordered chain in the window that ends with its newest record, or null. */
  private @Nullable List<TimeWindow.Entry<boolean[]>> orderedChain(TimeWindow<boolean[]> window) {
    int link = links.size() - 1;
    long needed = limits[link];
    List<TimeWindow.Entry<boolean[]>> taken = new ArrayList<>();
    Iterator<TimeWindow.Entry<boolean[]>> it = window.newestFirst();
    while (it.hasNext()) {
      TimeWindow.Entry<boolean[]> e = it.next();
      if (!e.payload()[link]) {
        continue;
      }
      taken.add(e);
      if (--needed == 0) {
        if (--link < 0) {
          Collections.reverse(taken);
          return taken;
        }
        needed = limits[link];
      }
    }
    return null;
  }
}
