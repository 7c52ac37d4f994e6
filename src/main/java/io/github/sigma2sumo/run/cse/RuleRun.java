package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One run of a rule over records: the records in time order (ties keep their input order, which
 * is what "before" means for an ordered chain), and what the run learns on the way: which records
 * each expression matched, which could not be evaluated, the signals.
 */
final class RuleRun {

  final List<TimedRecord> records;
  /** Input indexes in time order. */
  final int[] order;
  private final Map<String, List<Integer>> matched = new LinkedHashMap<>();
  private final List<Verdict.RecordFailure> failures = new ArrayList<>();
  private final List<Signal> signals = new ArrayList<>();

  RuleRun(List<TimedRecord> records, List<String> expressionKeys) {
    this.records = List.copyOf(records);
    this.order = IntStream.range(0, records.size()).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> records.get(i).timeMillis()))
        .mapToInt(Integer::intValue).toArray();
    expressionKeys.forEach(k -> matched.put(k, new ArrayList<>()));
  }

  YMap record(int index) {
    return records.get(index).record();
  }

  long time(int index) {
    return records.get(index).timeMillis();
  }

  /** Whether the expression under {@code key} matches record {@code index}; a failure is noted and is no match. */
  boolean matches(CseExpression expression, String key, int index) {
    Outcome outcome = expression.test(record(index));
    if (outcome instanceof Outcome.Failure f) {
      failures.add(new Verdict.RecordFailure(index, key, f.problem()));
      return false;
    }
    if (outcome.isMatch()) {
      matched.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
      return true;
    }
    return false;
  }

  /** The value of a value expression for record {@code index}; empty (and noted) when it cannot be evaluated. */
  Optional<Holder> value(CseExpression expression, String key, int index) {
    try {
      return Optional.of(new Holder(expression.value(record(index))));
    } catch (EvaluationError e) {
      failures.add(new Verdict.RecordFailure(index, key, e.problem()));
      return Optional.empty();
    }
  }

  /** A value that may be null, in an Optional. */
  record Holder(@Nullable Object value) {}

  void fail(int index, String key, Problem problem) {
    failures.add(new Verdict.RecordFailure(index, key, problem));
  }

  void signal(Signal signal) {
    signals.add(signal);
  }

  Verdict verdict(String type) {
    List<Verdict.Matches> matches = new ArrayList<>();
    matched.forEach((k, v) -> matches.add(new Verdict.Matches(k, v.stream().sorted().toList())));
    List<Verdict.RecordFailure> sortedFailures = new ArrayList<>(failures);
    sortedFailures.sort(Comparator.comparingInt(Verdict.RecordFailure::record));
    return new Verdict(type, signals, matches, sortedFailures);
  }
}
