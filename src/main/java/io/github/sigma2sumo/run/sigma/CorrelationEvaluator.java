package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A correlation rule evaluated over timestamped events (SigmaHQ/sigma-specification,
 * specification/sigma-correlation-rules-specification.md): each event is judged by the
 * {@link SigmaEvaluator}s of the rules the correlation references, the matches are bucketed by
 * the {@code group-by} values, and each bucket is searched with sliding windows of the
 * {@code timespan}; {@link WindowAggregate} computes the number the condition compares.
 *
 * <p>Window semantics, which the specification leaves open beyond "should not be restricted to
 * boundaries": one window ends at each matched event of a bucket and holds the bucket's matched
 * events from the timespan before it up to it, both ends included ({@code [t - timespan, t]});
 * events at the same time are ordered as given, and a window never holds an event given after
 * its closing one. A window fires when every bound of the condition holds ({@code gt: 100} with
 * {@code lte: 200} is a range); so a bucket without events never fires, even for {@code lt}.
 *
 * <p>Grouping: a {@code group-by} name that is an alias reads, in an event a rule matched, the
 * field the alias gives for that rule (named by the reference in {@code rules}, the rule's
 * {@code name} or its {@code id}); any other name reads that field ({@link EventView} lookup).
 * Values compare as exact text; a match whose event lacks a group-by value (absent, null, a
 * list or a mapping) belongs to no bucket, as an aggregation by a missing field drops the event.
 * No {@code group-by} makes one bucket. The condition's {@code field} is resolved through the
 * aliases the same way.
 *
 * <p>Not evaluated (an error naming the rule): a reference to a rule not given, which includes
 * correlations of correlations; {@code value_percentile} without {@code percentile}.
 */
public final class CorrelationEvaluator {

  /** An evaluator, or the errors (located in the correlation's file) that prevent one. */
  public record Result(Optional<CorrelationEvaluator> evaluator, List<Diagnostic> errors) {
    public Result {
      Objects.requireNonNull(evaluator, "evaluator");
      errors = List.copyOf(errors);
    }

    public boolean isOk() {
      return evaluator.isPresent();
    }
  }

  private record Reference(String name, SigmaEvaluator evaluator) {}

  private final SigmaCorrelation correlation;
  private final List<Reference> references;

  private CorrelationEvaluator(SigmaCorrelation correlation, List<Reference> references) {
    this.correlation = correlation;
    this.references = List.copyOf(references);
  }

  /** An evaluator of {@code correlation} whose references are looked up in {@code rulesByIdOrName}. */
  public static Result of(SigmaCorrelation correlation, Map<String, SigmaEvaluator> rulesByIdOrName) {
    DiagnosticSink sink = new DiagnosticSink(correlation.source());
    Span at = new Span(correlation.span().start(), correlation.span().start());
    List<Reference> references = new ArrayList<>();
    for (int i = 0; i < correlation.rules().size(); i++) {
      String name = correlation.rules().get(i);
      SigmaEvaluator e = rulesByIdOrName.get(name);
      if (e == null) {
        Span span = i < correlation.ruleSpans().size() ? correlation.ruleSpans().get(i) : at;
        sink.report(DetectionReader.CHECK, Severity.ERROR, span, "'" + name + "' is not among the rules given by "
            + "id or name (a correlation of correlations is not evaluated)");
      } else {
        references.add(new Reference(name, e));
      }
    }
    Optional<BigDecimal> p = correlation.threshold().percentile();
    if (correlation.type() == SigmaCorrelation.Type.VALUE_PERCENTILE && (p.isEmpty()
        || p.get().signum() < 0 || p.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
      sink.report(DetectionReader.CHECK, Severity.ERROR, at, "a value_percentile correlation needs 'percentile' "
          + "between 0 and 100 in its condition; the specification gives no default");
    }
    if (correlation.timespanSeconds() <= 0) {
      sink.report(DetectionReader.CHECK, Severity.ERROR, at, "the timespan '" + correlation.timespan()
          + "' is not a positive number of seconds");
    }
    if (correlation.type().needsField() && correlation.type() != SigmaCorrelation.Type.VALUE_COUNT
        && correlation.fields().size() != 1) {
      sink.report(DetectionReader.CHECK, Severity.ERROR, at, "a " + correlation.type().yaml()
          + " correlation over several fields is not evaluated");
    }
    if (sink.hasErrors()) {
      return new Result(Optional.empty(), sink.diagnostics());
    }
    return new Result(Optional.of(new CorrelationEvaluator(correlation, references)), sink.diagnostics());
  }

  public SigmaCorrelation correlation() {
    return correlation;
  }

  /** The firings over {@code events}, which need not be in time order. */
  public CorrelationRun run(List<TimedEvent> events) {
    List<TimedEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(TimedEvent::time)); // stable: ties keep the input order
    List<String> errors = new ArrayList<>();
    Map<List<String>, List<WindowAggregate.Hit>> buckets = new LinkedHashMap<>();
    for (int order = 0; order < ordered.size(); order++) {
      TimedEvent event = ordered.get(order);
      for (int r = 0; r < references.size(); r++) {
        Reference ref = references.get(r);
        Explanation e = ref.evaluator().explain(event.event());
        if (e.isError()) {
          errors.add("event " + (order + 1) + " at " + event.time() + ", rule " + ref.name() + ": " + e.error().get());
        } else if (e.matched()) {
          hit(order, r, event, errors).ifPresent(h -> buckets.computeIfAbsent(h.key(), k -> new ArrayList<>())
              .add(h.hit()));
        }
      }
    }
    List<Firing> firings = new ArrayList<>();
    buckets.forEach((key, hits) -> fire(key, hits, firings));
    firings.sort(Comparator.comparing(Firing::end));
    return new CorrelationRun(firings, errors);
  }

  private record Keyed(List<String> key, WindowAggregate.Hit hit) {}

  private Optional<Keyed> hit(int order, int rule, TimedEvent event, List<String> errors) {
    EventView view = EventView.of(event.event());
    List<String> key = new ArrayList<>();
    try {
      for (String g : correlation.groupBy()) {
        Optional<YNode> v = view.field(field(g, rule));
        if (v.isEmpty() || !(v.get() instanceof YScalar s) || EventView.text(s).isEmpty()) {
          return Optional.empty();
        }
        key.add(EventView.text(s).get());
      }
      List<Optional<YNode>> fields = new ArrayList<>();
      for (String f : correlation.fields()) {
        fields.add(view.field(field(f, rule)));
      }
      return Optional.of(new Keyed(key, new WindowAggregate.Hit(order, rule, event, fields)));
    } catch (EvaluationException e) {
      errors.add("event " + (order + 1) + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The field {@code name} stands for in events of reference {@code rule}: an alias's field, or itself. */
  private String field(String name, int rule) {
    Map<String, String> alias = correlation.aliases().get(name);
    if (alias == null) {
      return name;
    }
    Reference ref = references.get(rule);
    for (Optional<String> handle : List.of(Optional.of(ref.name()), ref.evaluator().rule().name(),
        ref.evaluator().rule().id())) {
      if (handle.isPresent() && alias.containsKey(handle.get())) {
        return alias.get(handle.get());
      }
    }
    return name;
  }

  private void fire(List<String> key, List<WindowAggregate.Hit> hits, List<Firing> out) {
    long span = correlation.timespanSeconds();
    int from = 0;
    for (int end = 0; end < hits.size(); end++) {
      WindowAggregate.Hit closing = hits.get(end);
      if (end + 1 < hits.size() && hits.get(end + 1).order() == closing.order()) {
        continue; // the window closes after the event's last hit
      }
      Instant start = windowStart(closing.event().time(), span);
      while (from < end && hits.get(from).event().time().isBefore(start)) {
        from++;
      }
      List<WindowAggregate.Hit> window = hits.subList(from, end + 1);
      Optional<BigDecimal> value = WindowAggregate.of(correlation.type(), window, correlation.threshold().percentile());
      if (value.isPresent() && holds(value.get())) {
        Map<String, String> group = new LinkedHashMap<>();
        for (int g = 0; g < key.size(); g++) {
          group.put(correlation.groupBy().get(g), key.get(g));
        }
        List<TimedEvent> events = new ArrayList<>();
        int last = -1;
        for (WindowAggregate.Hit h : window) {
          if (h.order() != last) {
            events.add(h.event());
            last = h.order();
          }
        }
        out.add(new Firing(start, closing.event().time(), group, events, value.get()));
      }
    }
  }

  private static Instant windowStart(Instant end, long seconds) {
    try {
      return end.minusSeconds(seconds);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return Instant.MIN; // a timespan longer than time itself
    }
  }

  private boolean holds(BigDecimal value) {
    for (SigmaCorrelation.Bound b : correlation.threshold().bounds()) {
      int c = value.compareTo(b.value());
      boolean ok = switch (b.op()) {
        case "gt" -> c > 0;
        case "gte" -> c >= 0;
        case "lt" -> c < 0;
        case "lte" -> c <= 0;
        case "eq" -> c == 0;
        default -> c != 0;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
