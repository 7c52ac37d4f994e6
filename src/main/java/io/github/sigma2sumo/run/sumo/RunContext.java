package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run of a prepared query: its time range, its trace if any, and what it notes on the way
 * (fields read that nothing defines). Confined to the thread of the run.
 */
final class RunContext {
  /** Most rows a run holds at once; a {@code multi} parse on hostile input could make more. */
  static final int MAX_ROWS = 1_000_000;

  private final TimeRange range;
  private final @Nullable Trace trace;
  private final Set<String> undefined = new LinkedHashSet<>();
  private final List<String> notes = new ArrayList<>();

  RunContext(TimeRange range, @Nullable Trace trace) {
    this.range = range;
    this.trace = trace;
  }

  TimeRange range() {
    return range;
  }

  Optional<Trace> trace() {
    return Optional.ofNullable(trace);
  }

  void undefinedField(String name) {
    undefined.add(name);
  }

  void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  /** What the run noted, fields nothing defines first. */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    for (String name : undefined) {
      out.add("field " + name + " is read but neither a stage nor the message defines it, so it is null;"
          + " Sumo rejects such a query (\"field not found\") unless " + name + " is an indexed field");
    }
    out.addAll(notes);
    return out;
  }
}
