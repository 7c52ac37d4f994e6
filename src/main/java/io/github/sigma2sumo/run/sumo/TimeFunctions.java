package io.github.sigma2sumo.run.sumo;

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Time functions (docs search-operators/formatdate.md, parse-operators/parsedate.md, now.md,
 * querystarttime.md, queryendtime.md, querytimerange.md). Patterns are Java's
 * {@code SimpleDateFormat}, as the pages say, with English names ({@code EEE} is {@code Mon}).
 * Choices where the docs leave it open, since a local run has no user and no clock of its own:
 *
 * <ul>
 *   <li>the user's time zone, used when none is given, is UTC; an unknown zone name is UTC too
 *       (Java's rule);
 *   <li>{@code formatDate} without a format writes {@code MM/dd/yyyy HH:mm:ss.SSS Z} (the page's
 *       "US-style date format", as its screenshots show it); its date may be text that reads as
 *       a number, which Sumo would refuse without {@code toLong};
 *   <li>{@code now()} is the end of the run's {@link TimeRange}, the moment a search of that range
 *       would run; {@code queryStartTime()} and {@code queryEndTime()} its ends and
 *       {@code queryTimeRange()} its length, in milliseconds.
 * </ul>
 *
 * An invalid pattern or a date that does not parse gives null.
 */
final class TimeFunctions {
  private static final String US_STYLE = "MM/dd/yyyy HH:mm:ss.SSS Z";

  private TimeFunctions() {}

  static void register(Map<String, Functions.Spec> all) {
    all.put("now", new Functions.Spec(0, 0, a -> row -> Value.of((double) row.context().range().endMillis())));
    all.put("queryendtime", new Functions.Spec(0, 0,
        a -> row -> Value.of((double) row.context().range().endMillis())));
    all.put("querystarttime", new Functions.Spec(0, 0,
        a -> row -> Value.of((double) row.context().range().startMillis())));
    all.put("querytimerange", new Functions.Spec(0, 0,
        a -> row -> Value.of((double) row.context().range().lengthMillis())));
    all.put("formatdate", new Functions.Spec(1, 3, TimeFunctions::formatDate));
    all.put("parsedate", new Functions.Spec(2, 3, TimeFunctions::parseDate));
  }

  private static Eval formatDate(Args a) {
    Eval date = a.eval(0);
    @Nullable Eval pattern = a.size() > 1 ? a.eval(1) : null;
    @Nullable Eval zone = a.size() > 2 ? a.eval(2) : null;
    return row -> {
      OptionalDouble ms = Numbers.of(date.eval(row));
      if (ms.isEmpty() || !Double.isFinite(ms.getAsDouble())) {
        return Value.NULL;
      }
      SimpleDateFormat f = format(pattern == null ? Value.of(US_STYLE) : pattern.eval(row), zone, row);
      return f == null ? Value.NULL : Value.of(f.format(new Date((long) ms.getAsDouble())));
    };
  }

  private static Eval parseDate(Args a) {
    Eval text = a.eval(0);
    Eval pattern = a.eval(1);
    @Nullable Eval zone = a.size() > 2 ? a.eval(2) : null;
    return row -> {
      Value t = text.eval(row);
      SimpleDateFormat f = format(pattern.eval(row), zone, row);
      if (t.isNull() || f == null) {
        return Value.NULL;
      }
      Date d = f.parse(t.text(), new ParsePosition(0));
      return d == null ? Value.NULL : Value.of((double) d.getTime());
    };
  }

  private static @Nullable SimpleDateFormat format(Value pattern, @Nullable Eval zone, Slots row) {
    if (pattern.isNull()) {
      return null;
    }
    try {
      SimpleDateFormat f = new SimpleDateFormat(pattern.text(), Locale.US);
      Value z = zone == null ? Value.NULL : zone.eval(row);
      f.setTimeZone(TimeZone.getTimeZone(z.isNull() ? "UTC" : z.text()));
      return f;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
