package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The number a correlation compares with its condition, computed over the referenced rules'
 * matches in one window of one group (SigmaHQ/sigma-specification,
 * specification/sigma-correlation-rules-specification.md, "Correlation Types"; the value_* types
 * of version 2.1 and pySigma's value_median).
 *
 * <p>Choices the specification leaves open:
 * <ul>
 *   <li>{@code event_count} counts events, so an event two referenced rules match counts once.
 *   <li>{@code value_count} counts distinct texts of the field (a list value gives each of its
 *       elements); with several fields, distinct combinations, counted only for events that hold
 *       one scalar in each. Texts compare exactly; absent and null values are not counted.
 *   <li>{@code temporal} counts the distinct rules matched. {@code temporal_ordered} counts the
 *       longest prefix of the {@code rules} list matched by distinct events in time order (ties
 *       in time keep the input order), so the default condition (as many as there are rules)
 *       asks for all of them in order.
 *   <li>{@code value_sum}, {@code value_avg}, {@code value_percentile}, {@code value_median} take
 *       each event once, with the numbers its field holds (numbers and decimal texts, list
 *       elements each); other values are skipped, and a window without numbers has no value and
 *       never fires. The percentile is by nearest rank (the smallest value with at least p% of
 *       the values at or below it); the median is the middle value, or the mean of the two
 *       middle values.
 * </ul>
 */
final class WindowAggregate {

  /** A referenced rule's match in the window: the event's position in time order, the rule's index, the event's value of each correlated field. */
  record Hit(int order, int rule, TimedEvent event, List<Optional<YNode>> fields) {}

  private WindowAggregate() {}

  /** The aggregate of {@code hits} (in time order), if there is one. */
  static Optional<BigDecimal> of(SigmaCorrelation.Type type, List<Hit> hits, Optional<BigDecimal> percentile) {
    return switch (type) {
      case EVENT_COUNT -> Optional.of(BigDecimal.valueOf(hits.stream().mapToInt(Hit::order).distinct().count()));
      case TEMPORAL -> Optional.of(BigDecimal.valueOf(hits.stream().mapToInt(Hit::rule).distinct().count()));
      case TEMPORAL_ORDERED -> Optional.of(BigDecimal.valueOf(orderedPrefix(hits)));
      case VALUE_COUNT -> Optional.of(BigDecimal.valueOf(distinctValues(hits)));
      case VALUE_SUM -> numbers(hits).stream().reduce(BigDecimal::add);
      case VALUE_AVG -> numbers(hits).stream().reduce(BigDecimal::add)
          .map(sum -> sum.divide(BigDecimal.valueOf(numbers(hits).size()), MathContext.DECIMAL64));
      case VALUE_PERCENTILE -> percentile(numbers(hits), percentile.orElseThrow());
      case VALUE_MEDIAN -> median(numbers(hits));
    };
  }

  private static int orderedPrefix(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort((a, b) -> a.order() != b.order() ? Integer.compare(a.order(), b.order()) : Integer.compare(a.rule(), b.rule()));
    int next = 0;
    int last = -1;
    for (Hit h : sorted) {
      if (h.rule() == next && h.order() > last) {
        next++;
        last = h.order();
      }
    }
    return next;
  }

  private static int distinctValues(List<Hit> hits) {
    Set<List<String>> seen = new HashSet<>();
    for (Hit h : hits) {
      if (h.fields().size() == 1) {
        h.fields().get(0).ifPresent(v -> EventView.scalars(v).stream().map(EventView::text)
            .flatMap(Optional::stream).forEach(t -> seen.add(List.of(t))));
        continue;
      }
      List<String> combination = new ArrayList<>();
      for (Optional<YNode> f : h.fields()) {
        if (f.isPresent() && f.get() instanceof YScalar s && EventView.text(s).isPresent()) {
          combination.add(EventView.text(s).get());
        }
      }
      if (combination.size() == h.fields().size()) {
        seen.add(combination);
      }
    }
    return seen.size();
  }

  private static List<BigDecimal> numbers(List<Hit> hits) {
    Set<Integer> events = new LinkedHashSet<>();
    List<BigDecimal> out = new ArrayList<>();
    for (Hit h : hits) {
      if (events.add(h.order())) {
        h.fields().get(0).ifPresent(v -> EventView.scalars(v).stream().map(Criterion::numberOf)
            .flatMap(Optional::stream).forEach(out::add));
      }
    }
    return out;
  }

  private static Optional<BigDecimal> percentile(List<BigDecimal> values, BigDecimal p) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> sorted = values.stream().sorted().toList();
    BigDecimal rank = p.multiply(BigDecimal.valueOf(sorted.size())).divide(BigDecimal.valueOf(100), 0,
        java.math.RoundingMode.CEILING);
    int index = Math.max(1, Math.min(sorted.size(), rank.intValue())) - 1;
    return Optional.of(sorted.get(index));
  }

  private static Optional<BigDecimal> median(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return Optional.of(n % 2 == 1 ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64));
  }
}
