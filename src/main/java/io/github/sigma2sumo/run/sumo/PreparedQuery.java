package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query ready to run: its scope and stages prepared once ({@link SumoInterpreter#prepare}).
 *
 * <p>A run streams each message, newest first, through the scope and the stages up to the first
 * that needs all rows (an aggregation, sort, limit, dedup or top), then applies the rest to the
 * rows that came through. A query that aggregates yields its aggregate rows; any other yields one
 * row per surviving message. Runs never throw for what the messages hold: a limit meant for hostile
 * input (a backtracking regex over its budget, more than {@link RunContext#MAX_ROWS} rows) ends the
 * run with an error in its {@link Output}, and so would a defect of the interpreter itself.
 */
public final class PreparedQuery {
  private final Query query;
  private final FieldSchema schema;
  private final ScopeTest scope;
  private final List<ScopeTest> scopeTerms;
  private final List<Span> scopeSpans;
  private final Step[] steps;
  private final int streamed;
  private final boolean aggregated;

  PreparedQuery(Query query, FieldSchema schema, ScopeTest scope, List<ScopeTest> scopeTerms, List<Span> scopeSpans,
      List<Step> steps, boolean aggregated) {
    this.query = query;
    this.schema = schema;
    this.scope = scope;
    this.scopeTerms = List.copyOf(scopeTerms);
    this.scopeSpans = List.copyOf(scopeSpans);
    this.steps = steps.toArray(Step[]::new);
    int firstTable = this.steps.length;
    for (int i = 0; i < this.steps.length; i++) {
      if (this.steps[i].work() instanceof TableStage) {
        firstTable = i;
        break;
      }
    }
    this.streamed = firstTable;
    this.aggregated = aggregated;
  }

  public Query query() {
    return query;
  }

  /** Whether the query aggregates, so that its rows are groups rather than messages. */
  public boolean aggregated() {
    return aggregated;
  }

  public Output run(List<LogMessage> messages) {
    return run(Messages.of(messages));
  }

  public Output run(Messages messages) {
    return execute(messages, null);
  }

  /** A run that records in {@code trace} what became of each message ({@code test --explain}). */
  public Output run(List<LogMessage> messages, Trace trace) {
    return execute(Messages.of(messages), trace);
  }

  /** A run that records in {@code trace} what became of each message ({@code test --explain}). */
  public Output run(Messages messages, Trace trace) {
    return execute(messages, trace);
  }

  private Output execute(Messages messages, @Nullable Trace trace) {
    RunContext context = new RunContext(messages.range(), trace);
    List<Slots> rows = new ArrayList<>();
    try {
      for (MessageMemo m : messages.memos()) {
        if (!scope.test(m)) {
          if (trace != null) {
            trace.add(new MessageFate.OutOfScope(m.message(), scopeOutcomes(m)));
          }
          continue;
        }
        int before = rows.size();
        MessageFate.Dropped dropped = stream(new Slots(schema, m, context), 0, rows, trace != null);
        if (trace != null) {
          trace.add(rows.size() > before || dropped == null ? new MessageFate.Kept(m.message(), rows.size() - before)
              : dropped);
        }
      }
      rows = finish(rows, context);
      return new Output(OutputRows.of(rows, aggregated), aggregated, context.notes(), List.of());
    } catch (RunLimitExceeded e) {
      return new Output(List.of(), aggregated, context.notes(), List.of(e.getMessage()));
    } catch (StackOverflowError e) {
      return new Output(List.of(), aggregated, context.notes(), List.of("the run nested too deeply"));
    } catch (RuntimeException e) {
      // a defect of the interpreter, not of the input: say so rather than throw at the caller
      return new Output(List.of(), aggregated, context.notes(), List.of("internal error of the interpreter: " + e));
    }
  }

  /**
   * Runs the message-by-message stages from {@code from} on one row, adding what comes through to
   * {@code out}; returns the first drop when tracing (null when nothing was dropped or not tracing).
   */
  private MessageFate.@Nullable Dropped stream(Slots row, int from, List<Slots> out, boolean tracing) {
    for (int i = from; i < streamed; i++) {
      Step step = steps[i];
      if (step.work() instanceof RowStage r) {
        if (!r.apply(row)) {
          return tracing ? new MessageFate.Dropped(row.memo().orElseThrow().message(), step.index(), step.span(),
              r.dropReason(), r.explain(row)) : null;
        }
      } else {
        ExpandStage e = (ExpandStage) step.work();
        List<Slots> made = e.expand(row);
        if (made.isEmpty()) {
          return tracing ? new MessageFate.Dropped(row.memo().orElseThrow().message(), step.index(), step.span(),
              e.dropReason(), List.of()) : null;
        }
        MessageFate.Dropped first = null;
        for (Slots r : made) {
          MessageFate.Dropped d = stream(r, i + 1, out, tracing);
          first = first == null ? d : first;
        }
        return first;
      }
    }
    if (out.size() >= RunContext.MAX_ROWS) {
      throw new RunLimitExceeded("the run holds more than " + RunContext.MAX_ROWS + " rows");
    }
    out.add(row);
    return null;
  }

  /** The stages after the first that needs all rows. */
  private List<Slots> finish(List<Slots> rows, RunContext context) {
    for (int i = streamed; i < steps.length; i++) {
      Step step = steps[i];
      int in = rows.size();
      if (step.work() instanceof TableStage t) {
        rows = t.apply(rows, context);
      } else if (step.work() instanceof RowStage r) {
        List<Slots> kept = new ArrayList<>(rows.size());
        for (Slots row : rows) {
          if (r.apply(row)) {
            kept.add(row);
          }
        }
        rows = kept;
      } else {
        ExpandStage e = (ExpandStage) step.work();
        List<Slots> made = new ArrayList<>();
        for (Slots row : rows) {
          made.addAll(e.expand(row));
          if (made.size() > RunContext.MAX_ROWS) {
            throw new RunLimitExceeded("the run holds more than " + RunContext.MAX_ROWS + " rows");
          }
        }
        rows = made;
      }
      int out = rows.size();
      context.trace().ifPresent(t -> t.add(new Trace.StageRows(step.index(), step.span(), in, out)));
    }
    return rows;
  }

  private List<TermOutcome> scopeOutcomes(MessageMemo m) {
    List<TermOutcome> out = new ArrayList<>();
    for (int i = 0; i < scopeTerms.size(); i++) {
      out.add(new TermOutcome(scopeSpans.get(i), scopeTerms.get(i).test(m)));
    }
    return out;
  }
}
