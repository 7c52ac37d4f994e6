package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Sigma correlation rule (reference sigma.md §5; SigmaHQ/sigma-specification,
 * specification/sigma-correlation-rules-specification.md): an aggregation over the events of the
 * rules it references, per group-by bucket and time span, compared with a threshold.
 */
public record SigmaCorrelation(SourceFile source, Span span, String title, Optional<String> id, Optional<String> name,
    Optional<String> status, Optional<String> level, Optional<String> description, Optional<String> author,
    Optional<String> license, List<String> tags, Type type, List<String> rules, List<Span> ruleSpans, List<String> groupBy,
    Span groupBySpan, String timespan, long timespanSeconds, Threshold threshold, List<String> fields,
    Map<String, Map<String, String>> aliases, boolean generate, Map<String, Span> keySpans) {

  public enum Type {
    EVENT_COUNT("event_count"), VALUE_COUNT("value_count"), TEMPORAL("temporal"),
    TEMPORAL_ORDERED("temporal_ordered"), VALUE_SUM("value_sum"), VALUE_AVG("value_avg"),
    VALUE_PERCENTILE("value_percentile"), VALUE_MEDIAN("value_median");

    private final String yaml;

    Type(String yaml) {
      this.yaml = yaml;
    }

    public String yaml() {
      return yaml;
    }

    public static Optional<Type> of(String yaml) {
      for (Type t : values()) {
        if (t.yaml.equals(yaml)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }

    public boolean needsField() {
      return this == VALUE_COUNT || this == VALUE_SUM || this == VALUE_AVG || this == VALUE_PERCENTILE
          || this == VALUE_MEDIAN;
    }
  }

  /** One comparison of a condition: {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code eq} or {@code neq}. */
  public record Bound(String op, BigDecimal value) {
    public Bound {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The condition: one comparison ({@code gte: 10}), or a range whose lower bound ({@code gt} or
   * {@code gte}) is {@code op}/{@code value} and whose upper bound ({@code lt} or {@code lte}) is
   * {@code upper}; {@code percentile} for value_percentile.
   */
  public record Threshold(String op, BigDecimal value, Optional<BigDecimal> percentile, Optional<Bound> upper) {
    public Threshold {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }

    public Threshold(String op, BigDecimal value, Optional<BigDecimal> percentile) {
      this(op, value, percentile, Optional.empty());
    }

    /** Every comparison the count or value must pass. */
    public List<Bound> bounds() {
      List<Bound> all = new java.util.ArrayList<>(List.of(new Bound(op, value)));
      upper.ifPresent(all::add);
      return all;
    }
  }

  public SigmaCorrelation {
    rules = List.copyOf(rules);
    groupBy = List.copyOf(groupBy);
    tags = List.copyOf(tags);
    fields = List.copyOf(fields);
    aliases = Map.copyOf(aliases);
    keySpans = Map.copyOf(keySpans);
  }

  /**
   * Where {@code key} is written, for a finding about it: a top-level key ({@code id}) or one of
   * the {@code correlation} map ({@code correlation.timespan}, {@code correlation.group-by});
   * where the correlation starts when it has no such key.
   */
  public Span keySpan(String key) {
    return keySpans.getOrDefault(key, new Span(span.start(), span.start()));
  }

  public String handle() {
    return id.or(() -> name).orElse(title);
  }
}
