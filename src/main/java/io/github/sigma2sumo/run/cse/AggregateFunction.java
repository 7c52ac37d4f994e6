package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The functions of an aggregation rule (docs: docs/cse/rules/write-aggregation-rule.md: avg, count,
 * count_distinct, first, last, max, min, sum), over the values their argument took on the records
 * of a window, oldest first. The page says that for count and count_distinct "your expression
 * should return countable results" (such as {@code http_response_statusCode > 201}) and for the
 * others a field or value. Decided where it is silent:
 * <ul>
 *   <li>{@code count} counts the records where the argument is true, or, when it is not a boolean,
 *       not null ({@code count(true)} counts every record).
 *   <li>{@code count_distinct} counts distinct non-null values, compared as {@code =} compares.
 *   <li>{@code sum}, {@code avg}: over the values that read as numbers; null when there is none.
 *   <li>{@code min}, {@code max}: as numbers when every non-null value reads as one, else as
 *       strings by code point; null when there is no value.
 *   <li>{@code first}, {@code last}: the earliest and latest non-null value.
 * </ul>
 */
enum AggregateFunction {
  AVG, COUNT, COUNT_DISTINCT, FIRST, LAST, MAX, MIN, SUM;

  static Optional<AggregateFunction> named(String name) {
    for (AggregateFunction f : values()) {
      if (f.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  @Nullable Object apply(List<@Nullable Object> values, Span span) {
    switch (this) {
      case COUNT: {
        long n = 0;
        for (Object v : values) {
          if (v instanceof Boolean b ? b : v != null) {
            n++;
          }
        }
        return BigDecimal.valueOf(n);
      }
      case COUNT_DISTINCT: {
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
          if (v != null) {
            seen.add(Coercions.groupKey(v));
          }
        }
        return BigDecimal.valueOf(seen.size());
      }
      case SUM:
      case AVG: {
        BigDecimal sum = BigDecimal.ZERO;
        long n = 0;
        for (Object v : values) {
          BigDecimal x = Coercions.number(v, span);
          if (x != null) {
            sum = sum.add(x, MathContext.DECIMAL128);
            n++;
          }
        }
        if (n == 0) {
          return null;
        }
        return this == SUM ? sum : sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
      }
      case MIN:
      case MAX:
        return extreme(values, span);
      case FIRST:
        for (Object v : values) {
          if (v != null) {
            return v;
          }
        }
        return null;
      default:
        for (int i = values.size() - 1; i >= 0; i--) {
          if (values.get(i) != null) {
            return values.get(i);
          }
        }
        return null;
    }
  }

  private @Nullable Object extreme(List<@Nullable Object> values, Span span) {
    boolean numeric = true;
    boolean any = false;
    for (Object v : values) {
      if (v != null) {
        any = true;
        numeric &= Coercions.number(v, span) != null;
      }
    }
    if (!any) {
      return null;
    }
    Object best = null;
    for (Object v : values) {
      if (v == null) {
        continue;
      }
      Object candidate = numeric ? Coercions.number(v, span) : Coercions.string(v, span);
      if (best == null) {
        best = candidate;
        continue;
      }
      int c = numeric ? ((BigDecimal) candidate).compareTo((BigDecimal) best)
          : Coercions.compareCodePoints((String) candidate, (String) best);
      if (this == MIN ? c < 0 : c > 0) {
        best = candidate;
      }
    }
    return best;
  }
}
