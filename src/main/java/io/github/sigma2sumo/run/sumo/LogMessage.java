package io.github.sigma2sumo.run.sumo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One log message as Sumo Logic stores it: the raw text ({@code _raw}), its metadata and its two
 * times.
 *
 * <p>{@code metadata} holds the built-in metadata fields ({@code _sourceCategory},
 * {@code _sourceHost}, {@code _sourceName}, {@code _collector}, {@code _source}, {@code _index} or
 * {@code _view}, ...) and the indexed fields that Field Extraction Rules or collectors add
 * ({@code cs-host}); its order is kept. Names are matched case-insensitively, as Sumo matches field
 * names (docs search-basics/built-in-metadata.md). {@code _raw}, {@code _messagetime} and
 * {@code _receipttime} come from the other components and may not appear in it.
 */
public record LogMessage(String raw, Map<String, String> metadata, long messageTimeMillis, long receiptTimeMillis) {

  public LogMessage {
    Objects.requireNonNull(raw, "raw");
    Map<String, String> copy = new LinkedHashMap<>();
    metadata.forEach((k, v) -> {
      Objects.requireNonNull(k, "metadata key");
      Objects.requireNonNull(v, "metadata value of " + k);
      String lower = FieldNames.lower(k);
      if (lower.equals("_raw") || lower.equals("_messagetime") || lower.equals("_receipttime")) {
        throw new IllegalArgumentException(k + " is a component of the message, not metadata");
      }
      copy.put(k, v);
    });
    metadata = Collections.unmodifiableMap(copy);
  }

  /** A message received when it was written. */
  public static LogMessage of(String raw, Map<String, String> metadata, long timeMillis) {
    return new LogMessage(raw, metadata, timeMillis, timeMillis);
  }

  /**
   * The metadata value of a field, its name compared case-insensitively; {@code _index} and
   * {@code _view} name the same thing (docs search-basics/built-in-metadata.md).
   */
  public Optional<String> metadataValue(String name) {
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    if (name.equalsIgnoreCase("_index")) {
      return metadataValue("_view");
    }
    if (name.equalsIgnoreCase("_view")) {
      for (Map.Entry<String, String> e : metadata.entrySet()) {
        if (e.getKey().equalsIgnoreCase("_index")) {
          return Optional.of(e.getValue());
        }
      }
    }
    return Optional.empty();
  }
}
