package io.github.sigma2sumo.cases;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.Span;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One event of a test case, as the user wrote it, with the time it happened when given. */
public sealed interface CaseEvent {

  Optional<Instant> time();

  Span span();

  /**
   * An object: Sigma field names ({@code {Image: ..., CommandLine: ...}}) or an EVTX record as JSON
   * ({@code {"Event": {"System": ..., "EventData": ...}}}); a rendering writes it as Sumo stores it.
   */
  record Fields(YMap event, Optional<Instant> time, Span span) implements CaseEvent {
    public Fields {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * A raw log message exactly as Sumo stores it, for users who paste real messages: its metadata
   * ({@code _sourceCategory} ...) and its indexed fields (those Field Extraction Rules made).
   */
  record Raw(String message, Map<String, String> metadata, Map<String, String> fields, Optional<Instant> time,
      Span span) implements CaseEvent {
    public Raw {
      Objects.requireNonNull(message, "message");
      metadata = Map.copyOf(metadata);
      fields = Map.copyOf(fields);
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(span, "span");
    }
  }
}
