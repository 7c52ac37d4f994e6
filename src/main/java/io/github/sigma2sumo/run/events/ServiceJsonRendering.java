package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;

/**
 * {@code json-record}: one JSON record of a cloud service (AWS CloudTrail, Azure, Google Cloud,
 * Okta, Microsoft 365) as Sumo stores it: the record alone, compact, its keys in the service's
 * order. Sumo's sources for these services store one record per message (the CloudTrail source
 * splits the file's {@code Records} array), and its apps read them with {@code json "eventName"},
 * {@code "userIdentity.arn"} and the like. From a flat object of Sigma field names the record is
 * nested at each dot ({@link JsonRecord#fromSigmaFields}). Strings are escaped as jackson-core
 * writes them.
 */
final class ServiceJsonRendering implements Rendering {

  static final String NAME = "json-record";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Outcome<SourceEvent> read(YMap userEvent) {
    return JsonRecord.fromSigmaFields(userEvent).map(r -> r);
  }

  @Override
  public Outcome<RenderedMessage> render(SourceEvent event) {
    if (!(event instanceof JsonRecord record)) {
      return Outcome.failed("the json-record rendering writes JSON records, not " + event.getClass().getSimpleName());
    }
    return Outcome.ok(RenderedMessage.of(JsonText.write(record.record(), JsonText.Style.JAVA)));
  }
}
