package io.github.sigma2sumo.run.cse;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a rule made of a sequence of records: its signals, which records each of its expressions
 * matched (by the expression's key in the rule body: {@code expression},
 * {@code expressionsAndLimits[1].expression}, {@code matchExpression}), and the records that could
 * not be evaluated, with why. A record that failed is neither matched nor counted, so a verdict
 * with failures is incomplete: its signals are those the evaluated records made.
 */
public record Verdict(String ruleType, List<Signal> signals, List<Matches> matches, List<RecordFailure> failures) {

  public Verdict {
    Objects.requireNonNull(ruleType, "ruleType");
    signals = List.copyOf(signals);
    matches = List.copyOf(matches);
    failures = List.copyOf(failures);
  }

  /** The records one expression matched, as indexes into the input list, ascending. */
  public record Matches(String expression, List<Integer> records) {
    public Matches {
      Objects.requireNonNull(expression, "expression");
      records = List.copyOf(records);
    }
  }

  /** A record (index into the input list) that one part of the rule could not evaluate. */
  public record RecordFailure(int record, String part, Problem problem) {
    public RecordFailure {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** True when every record was evaluated. */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /** Every record that took part in a signal. */
  public SortedSet<Integer> signalRecords() {
    SortedSet<Integer> out = new TreeSet<>();
    signals.forEach(s -> out.addAll(s.records()));
    return out;
  }
}
