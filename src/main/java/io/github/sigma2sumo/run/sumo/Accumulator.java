package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The running state of one aggregate function over the rows of one group (docs
 * group-aggregate-operators/*.md). Numeric aggregates read their field as a number
 * ({@link Numbers}) and skip rows where it is null or no number ("rows with non-numbers are
 * skipped"); over no numbers at all {@code sum}, {@code avg}, {@code min}, {@code max},
 * {@code stddev} and {@code pct} are null (the docs do not say). Choices where the docs are silent:
 * {@code stddev} is the sample standard deviation (n - 1; 0 for one value); {@code pct} is the
 * nearest-rank percentile (the smallest value with at least p% of the values at or below it), while
 * Sumo's is approximate; {@code first} and {@code last} take the field of the first and last row
 * in the current order, null included.
 */
interface Accumulator {

  void add(Value v);

  /** One value per output; {@code pct} with several percentiles has several. */
  Value[] results();

  /** {@code count} and {@code count(f)}: rows, or rows where f is not null. */
  final class Count implements Accumulator {
    private final boolean all;
    private long n;

    Count(boolean all) {
      this.all = all;
    }

    @Override
    public void add(Value v) {
      if (all || !v.isNull()) {
        n++;
      }
    }

    @Override
    public Value[] results() {
      return new Value[] {Value.of((double) n)};
    }
  }

  /** {@code count_distinct(f)}: distinct non-null values by their text, exact (Sumo's is approximate past 100). */
  final class CountDistinct implements Accumulator {
    private final Set<String> seen = new java.util.HashSet<>();

    @Override
    public void add(Value v) {
      if (!v.isNull()) {
        seen.add(v.text());
      }
    }

    @Override
    public Value[] results() {
      return new Value[] {Value.of((double) seen.size())};
    }
  }

  enum Kind { SUM, AVG, MIN, MAX, STDDEV }

  /** {@code sum}, {@code avg}, {@code min}, {@code max}, {@code stddev} of the numbers seen. */
  final class Numeric implements Accumulator {
    private final Kind kind;
    private long n;
    private double sum;
    private double sumSquares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    Numeric(Kind kind) {
      this.kind = kind;
    }

    @Override
    public void add(Value v) {
      OptionalDouble d = Numbers.of(v);
      if (d.isEmpty()) {
        return;
      }
      double x = d.getAsDouble();
      n++;
      sum += x;
      sumSquares += x * x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }

    @Override
    public Value[] results() {
      if (n == 0) {
        return new Value[] {Value.NULL};
      }
      double r = switch (kind) {
        case SUM -> sum;
        case AVG -> sum / n;
        case MIN -> min;
        case MAX -> max;
        case STDDEV -> n < 2 ? 0 : Math.sqrt(Math.max(0, (sumSquares - sum * sum / n) / (n - 1)));
      };
      return new Value[] {Value.of(r)};
    }
  }

  /** {@code pct(f, p1, p2, ...)} and {@code median(f)} (p = 50). */
  final class Percentiles implements Accumulator {
    private final double[] percents;
    private final List<Double> values = new ArrayList<>();

    Percentiles(double[] percents) {
      this.percents = percents.clone();
    }

    @Override
    public void add(Value v) {
      Numbers.of(v).ifPresent(values::add);
    }

    @Override
    public Value[] results() {
      Value[] out = new Value[percents.length];
      List<Double> sorted = new ArrayList<>(values);
      sorted.sort(Double::compare);
      for (int i = 0; i < out.length; i++) {
        if (sorted.isEmpty()) {
          out[i] = Value.NULL;
        } else {
          int rank = (int) Math.ceil(percents[i] / 100 * sorted.size());
          out[i] = Value.of(sorted.get(Math.min(sorted.size(), Math.max(1, rank)) - 1));
        }
      }
      return out;
    }
  }

  /** {@code first(f)} or {@code last(f)}. */
  final class Edge implements Accumulator {
    private final boolean first;
    private boolean seen;
    private Value value = Value.NULL;

    Edge(boolean first) {
      this.first = first;
    }

    @Override
    public void add(Value v) {
      if (!first || !seen) {
        value = v;
      }
      seen = true;
    }

    @Override
    public Value[] results() {
      return new Value[] {value};
    }
  }

  /**
   * {@code values(f)}: the distinct non-null values, sorted by their text, the first 100, joined by
   * line breaks (docs group-aggregate-operators/values.md).
   */
  final class Values implements Accumulator {
    private final Set<String> seen = new TreeSet<>();

    @Override
    public void add(Value v) {
      if (!v.isNull()) {
        seen.add(v.text());
      }
    }

    @Override
    public Value[] results() {
      Set<String> first = new LinkedHashSet<>();
      for (String s : seen) {
        if (first.size() == 100) {
          break;
        }
        first.add(s);
      }
      return new Value[] {Value.of(String.join("\n", first))};
    }
  }
}
