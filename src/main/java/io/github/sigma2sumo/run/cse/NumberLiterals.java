package io.github.sigma2sumo.run.cse;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The value of a number literal with its suffix. Docs: docs/cse/rules/cse-rules-syntax.md, "CIP
 * literals supported in CSE": time suffixes {@code ns us ms s m h d w} in milliseconds
 * ({@code 1s == 1000}), base-1000 {@code k K M G B T P}, base-1024 {@code Ki Mi Gi Ti Pi}. Suffixes
 * are read exactly as the page spells them, because case carries meaning ({@code 1m} is a minute,
 * {@code 1M} a million); a spelling the page does not list ({@code 1H}, {@code 1g}) is refused
 * rather than guessed.
 */
final class NumberLiterals {

  private static final BigDecimal KI = BigDecimal.valueOf(1024);

  private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
      Map.entry("ns", new BigDecimal("0.000001")),
      Map.entry("us", new BigDecimal("0.001")),
      Map.entry("ms", BigDecimal.ONE),
      Map.entry("s", BigDecimal.valueOf(1_000L)),
      Map.entry("m", BigDecimal.valueOf(60_000L)),
      Map.entry("h", BigDecimal.valueOf(3_600_000L)),
      Map.entry("d", BigDecimal.valueOf(86_400_000L)),
      Map.entry("w", BigDecimal.valueOf(604_800_000L)),
      Map.entry("k", BigDecimal.valueOf(1_000L)),
      Map.entry("K", BigDecimal.valueOf(1_000L)),
      Map.entry("M", BigDecimal.valueOf(1_000_000L)),
      Map.entry("G", BigDecimal.valueOf(1_000_000_000L)),
      Map.entry("B", BigDecimal.valueOf(1_000_000_000L)),
      Map.entry("T", BigDecimal.valueOf(1_000_000_000_000L)),
      Map.entry("P", BigDecimal.valueOf(1_000_000_000_000_000L)),
      Map.entry("Ki", KI),
      Map.entry("Mi", KI.pow(2)),
      Map.entry("Gi", KI.pow(3)),
      Map.entry("Ti", KI.pow(4)),
      Map.entry("Pi", KI.pow(5)));

  private NumberLiterals() {}

  /** The value of {@code text}, or why it has none. */
  static Optional<BigDecimal> value(String text, StringBuilder why) {
    int end = text.length();
    while (end > 0 && Character.isLetter(text.charAt(end - 1))) {
      end--;
    }
    // the lexer ends an exponent with digits (1e5), so trailing letters are the suffix
    String digits = text.substring(0, end);
    String suffix = text.substring(end);
    BigDecimal number = Coercions.parseNumber(digits);
    if (number == null) {
      why.append("the number ").append(text).append(" is out of the range evaluated here");
      return Optional.empty();
    }
    if (suffix.isEmpty()) {
      return Optional.of(number);
    }
    BigDecimal factor = SUFFIXES.get(suffix);
    if (factor == null) {
      why.append("the suffix '").append(suffix).append("' of ").append(text).append(" is not one the Cloud SIEM"
          + " syntax page lists (ns us ms s m h d w, k K M G B T P, Ki Mi Gi Ti Pi; case matters)");
      return Optional.empty();
    }
    return Optional.of(number.multiply(factor).stripTrailingZeros());
  }
}
