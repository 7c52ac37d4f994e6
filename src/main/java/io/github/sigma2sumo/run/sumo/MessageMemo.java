package io.github.sigma2sumo.run.sumo;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What searches work out from one message's raw text alone, kept for the next query run over the
 * same {@link Messages}: the lower-case raw text, its keyword terms and the results of extractions
 * from {@code _raw} (keyed by the extraction's definition, so two queries with the same
 * {@code parse regex} share one match). Only results that depend on the raw text alone are kept.
 */
final class MessageMemo {
  private final LogMessage message;
  private volatile String lowerRaw;
  private volatile KeywordTerms terms;
  private final ConcurrentHashMap<Object, Object> fromRaw = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, java.util.Optional<String>> lowerMetadata = new ConcurrentHashMap<>();

  MessageMemo(LogMessage message) {
    this.message = message;
  }

  LogMessage message() {
    return message;
  }

  String lowerRaw() {
    String lower = lowerRaw;
    if (lower == null) {
      lower = message.raw().toLowerCase(Locale.ROOT);
      lowerRaw = lower;
    }
    return lower;
  }

  /** A metadata value in lower case (Locale.ROOT), by the field's lower-case name, for scope terms. */
  java.util.Optional<String> lowerMetadata(String lowerName) {
    java.util.Optional<String> known = lowerMetadata.get(lowerName);
    if (known == null) {
      known = message.metadataValue(lowerName).map(v -> v.toLowerCase(Locale.ROOT));
      lowerMetadata.putIfAbsent(lowerName, known);
    }
    return known;
  }

  KeywordTerms terms() {
    KeywordTerms t = terms;
    if (t == null) {
      t = KeywordTerms.ofLowerCase(lowerRaw());
      terms = t;
    }
    return t;
  }

  /**
   * The result of {@code work} on the raw text, worked out once per key. {@code work} must depend
   * on the raw text alone; a result is any object ({@link #NONE} stands for "nothing").
   */
  Object fromRaw(Object key, Function<String, Object> work) {
    Object known = fromRaw.get(key);
    if (known != null) {
      return known;
    }
    Object result = work.apply(message.raw());
    Object raced = fromRaw.putIfAbsent(key, result);
    return raced != null ? raced : result;
  }

  /** A kept result that stands for "no result" (the map holds no nulls). */
  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "NONE";
    }
  };
}
