package io.github.sigma2sumo.run.cse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of one group within the window that ends with the newest: each entry carries what
 * the rule needs of its record (a distinct value, the links it matched, aggregation arguments).
 * Entries are added in time order; {@link #slide} drops those that are W or more older than the
 * newest (see {@link RuleLogic} for the half-open window).
 */
final class TimeWindow<T> {

  record Entry<T>(int index, long time, T payload) {}

  private final long millis;
  private final ArrayDeque<Entry<T>> entries = new ArrayDeque<>();

  TimeWindow(long millis) {
    this.millis = millis;
  }

  /** Adds the newest entry and returns the entries that fell out of the window. */
  List<Entry<T>> add(int index, long time, T payload) {
    entries.addLast(new Entry<>(index, time, payload));
    List<Entry<T>> dropped = new ArrayList<>(0);
    while (!entries.isEmpty() && apart(time, entries.peekFirst().time())) {
      dropped.add(entries.pollFirst());
    }
    return dropped;
  }

  /** Whether a record at {@code older} is out of the window ending at {@code newer}; a gap past a long's range is. */
  private boolean apart(long newer, long older) {
    try {
      return Math.subtractExact(newer, older) >= millis;
    } catch (ArithmeticException e) {
      return true;
    }
  }

  int size() {
    return entries.size();
  }

  /** Oldest first. */
  List<Entry<T>> entries() {
    return List.copyOf(entries);
  }

  /** Newest first. */
  Iterator<Entry<T>> newestFirst() {
    return entries.descendingIterator();
  }

  void clear() {
    entries.clear();
  }

  static List<Integer> indexes(List<? extends Entry<?>> entries) {
    List<Integer> out = new ArrayList<>(entries.size());
    entries.forEach(e -> out.add(e.index()));
    return out;
  }

  static long first(List<? extends Entry<?>> entries) {
    return entries.get(0).time();
  }

  static long last(List<? extends Entry<?>> entries) {
    return entries.get(entries.size() - 1).time();
  }

  /** A payload that is only a value, which may be null. */
  record Value(@Nullable Object value) {}
}
