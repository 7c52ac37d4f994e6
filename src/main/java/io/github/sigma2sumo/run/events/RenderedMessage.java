package io.github.sigma2sumo.run.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Sumo stores for one event, less the metadata the caller supplies ({@code _sourceCategory}
 * and the rest): the raw message, byte for byte as the shipper sent it, and the fields indexed
 * with it at ingest (the Field Extraction Rules of the sources that rely on them; empty for the
 * others). Field values are text, as Sumo holds every field.
 */
public record RenderedMessage(String raw, Map<String, String> indexedFields) {

  public RenderedMessage {
    indexedFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indexedFields));
  }

  public static RenderedMessage of(String raw) {
    return new RenderedMessage(raw, Map.of());
  }
}
