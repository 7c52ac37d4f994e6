package io.github.sigma2sumo.run.sigma;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time-part modifiers {@code minute}, {@code hour}, {@code day}, {@code week},
 * {@code month}, {@code year} (SigmaHQ/sigma-specification, specification/sigma-appendix-modifiers.md,
 * "Time Modifiers": they extract a number from a date and are "not designed to handle timezone or
 * format conversions").
 *
 * <p>What counts as a timestamp, which the specification leaves open: an ISO 8601 text
 * {@code YYYY-MM-DD}, optionally followed by {@code T} or a space, {@code hh:mm}, seconds, a
 * fraction and a zone ({@code Z}, {@code +02:00}, {@code +0200}); the parts are taken as written,
 * without converting the zone, as the specification's warning asks. A number, or a text of digits
 * only, is Unix epoch time in UTC: seconds when its magnitude is below 10^11 (until the year
 * 5138), milliseconds from there on. {@code week} is the ISO 8601 week of the week-based year
 * (1 to 53; the specification says 1 to 52). Any other value is no timestamp and matches no
 * time part.
 */
enum TimestampParts {
  MINUTE, HOUR, DAY, WEEK, MONTH, YEAR;

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern DIGITS = Pattern.compile("-?\\d{1,19}");
  private static final BigDecimal MILLIS_FROM = new BigDecimal("1e11");
  /** About the year 300,000: later instants are no timestamps. */
  private static final BigDecimal MAX_MILLIS = new BigDecimal("1e16");

  static Optional<TimestampParts> of(String modifier) {
    for (TimestampParts p : values()) {
      if (p.name().toLowerCase(Locale.ROOT).equals(modifier)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The smallest and largest value of this part. */
  int min() {
    return this == DAY || this == WEEK || this == MONTH ? 1 : this == YEAR ? Integer.MIN_VALUE : 0;
  }

  int max() {
    return switch (this) {
      case MINUTE -> 59;
      case HOUR -> 23;
      case DAY -> 31;
      case WEEK -> 53;
      case MONTH -> 12;
      case YEAR -> Integer.MAX_VALUE;
    };
  }

  /** This part of the timestamp {@code value} holds (a String or a BigDecimal), if it holds one. */
  Optional<Integer> of(Object value) {
    Optional<LocalDateTime> time = timestamp(value);
    if (time.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime t = time.get();
    return Optional.of(switch (this) {
      case MINUTE -> t.getMinute();
      case HOUR -> t.getHour();
      case DAY -> t.getDayOfMonth();
      case WEEK -> t.toLocalDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case MONTH -> t.getMonthValue();
      case YEAR -> t.getYear();
    });
  }

  static Optional<LocalDateTime> timestamp(Object value) {
    if (value instanceof BigDecimal n) {
      return epoch(n);
    }
    if (!(value instanceof String s) || s.length() > 64) {
      return Optional.empty();
    }
    if (DIGITS.matcher(s).matches()) {
      return epoch(new BigDecimal(s));
    }
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
          m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2025-13-40: no date
    }
  }

  private static Optional<LocalDateTime> epoch(BigDecimal n) {
    BigDecimal millis = n.abs().compareTo(MILLIS_FROM) < 0 ? n.movePointRight(3) : n;
    if (millis.abs().compareTo(MAX_MILLIS) > 0) {
      return Optional.empty();
    }
    try {
      // a fraction of a millisecond is dropped
      return Optional.of(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis.longValue()), ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
