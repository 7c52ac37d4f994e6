package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.cases.CaseEvent;
import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.PreparedRule;
import io.github.sigma2sumo.run.events.CseRecords;
import io.github.sigma2sumo.run.events.Outcome;
import io.github.sigma2sumo.run.events.RenderedMessage;
import io.github.sigma2sumo.run.events.Rendering;
import io.github.sigma2sumo.run.events.Renderings;
import io.github.sigma2sumo.run.events.SourceEvent;
import io.github.sigma2sumo.run.sumo.LogMessage;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the events of one rule are written for each evaluator: the rendering of the pipeline whose
 * extraction the rule's query reads (docs/rendering.md), and the metadata that puts a message in
 * the rule's search scope ({@link ScopeMetadata}). The compiler is asked only which pipeline
 * applies and where the rule searches; how that pipeline's shipper writes an event is the
 * rendering's own knowledge.
 */
final class EventShapes {
  private final Optional<Rendering> rendering;
  private final String noRendering;
  private final Map<String, String> metadata;
  private final String category;

  private EventShapes(Optional<Rendering> rendering, String noRendering, Map<String, String> metadata,
      String category) {
    this.rendering = rendering;
    this.noRendering = noRendering;
    this.metadata = metadata;
    this.category = category;
  }

  static EventShapes of(SigmaRule rule, List<Pipeline> searchPipelines) {
    PreparedRule prepared = PreparedRule.prepare(rule, searchPipelines);
    Map<String, String> metadata = prepared.scope().map(ScopeMetadata::satisfying).orElse(Map.of());
    Optional<String> pipeline = prepared.extractionPipeline();
    Optional<Rendering> rendering = pipeline.flatMap(Renderings::forPipeline);
    String why = pipeline.isEmpty() ? "no pipeline gives logsource (" + prepared.logSource() + ") an extraction"
        : "the pipeline " + pipeline.get() + " has no rendering (docs/rendering.md); give the events as raw "
            + "messages";
    return new EventShapes(rendering, why, metadata, rule.logSource().category().orElse(""));
  }

  PreparedEvent prepare(CaseEvent event, long timeMillis) {
    if (event instanceof CaseEvent.Raw raw) {
      Map<String, String> meta = new LinkedHashMap<>(raw.metadata());
      meta.putAll(raw.fields());
      return new PreparedEvent(event, timeMillis, Optional.empty(), Optional.of(raw.message()),
          PreparedEvent.Shape.of(new LogMessage(raw.message(), meta, timeMillis, timeMillis)),
          PreparedEvent.Shape.none("Cloud SIEM builds records with its own parsers, which are not run on raw lines"));
    }
    YMap fields = ((CaseEvent.Fields) event).event();
    if (rendering.isEmpty()) {
      return new PreparedEvent(event, timeMillis, Optional.of(fields), Optional.empty(),
          PreparedEvent.Shape.none(noRendering), PreparedEvent.Shape.none(noRendering));
    }
    Outcome<SourceEvent> read = rendering.get().read(fields);
    if (!read.isOk()) {
      String why = "the event is not a " + rendering.get().name() + " event: " + read.message();
      return new PreparedEvent(event, timeMillis, Optional.of(fields), Optional.empty(), PreparedEvent.Shape.none(why),
          PreparedEvent.Shape.none(why));
    }
    SourceEvent source = read.value();
    Outcome<RenderedMessage> rendered = rendering.get().render(source);
    PreparedEvent.Shape<LogMessage> message;
    if (rendered.isOk()) {
      Map<String, String> meta = new LinkedHashMap<>(metadata);
      meta.putAll(rendered.value().indexedFields());
      message = PreparedEvent.Shape.of(new LogMessage(rendered.value().raw(), meta, timeMillis, timeMillis));
    } else {
      message = PreparedEvent.Shape.none("the " + rendering.get().name() + " rendering cannot write it: "
          + rendered.message());
    }
    Outcome<YMap> record = CseRecords.normalize(source, category);
    PreparedEvent.Shape<YMap> cse = record.isOk() ? PreparedEvent.Shape.of(record.value())
        : PreparedEvent.Shape.none("no Cloud SIEM record: " + record.message());
    return new PreparedEvent(event, timeMillis, Optional.of(source.sigmaFields()), Optional.empty(), message, cse);
  }
}
