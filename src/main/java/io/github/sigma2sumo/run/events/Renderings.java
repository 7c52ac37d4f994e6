package io.github.sigma2sumo.run.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rendering, by name, and the rendering each built-in pipeline's extraction expects (see
 * docs/rendering.md for why each is what Sumo's collectors send):
 *
 * <table>
 *   <caption>pipeline to rendering</caption>
 *   <tr><th>pipeline</th><th>rendering</th></tr>
 *   <tr><td>windows-json (the default)</td><td>windows-json</td></tr>
 *   <tr><td>windows-xml</td><td>windows-xml</td></tr>
 *   <tr><td>windows-otel</td><td>windows-otel-json</td></tr>
 *   <tr><td>windows-legacy</td><td>windows-legacy</td></tr>
 *   <tr><td>linux-auditd</td><td>auditd</td></tr>
 *   <tr><td>aws-cloudtrail, azure, gcp, okta, m365</td><td>json-record</td></tr>
 *   <tr><td>proxy, webserver, firewall, linux</td><td>fer-line</td></tr>
 * </table>
 *
 * The {@code cse} pipeline has none: Cloud SIEM reads {@link CseRecords}' records, not messages.
 * (windows-sysmon and windows-eventlog extract nothing: the Windows format pipeline applied with them does.)
 */
public final class Renderings {

  private static final List<Rendering> ALL = List.of(new WindowsXmlRendering(), new WindowsCollectorJsonRendering(),
      new WindowsOtelJsonRendering(), new WindowsLegacyRendering(), new AuditdRendering(), new ServiceJsonRendering(), new ExtractedFieldsRendering());

  private static final Map<String, String> BY_PIPELINE = Map.ofEntries(
      Map.entry("windows-json", WindowsCollectorJsonRendering.NAME),
      Map.entry("windows-xml", WindowsXmlRendering.NAME),
      Map.entry("windows-otel", WindowsOtelJsonRendering.NAME),
      Map.entry("windows-legacy", WindowsLegacyRendering.NAME),
      Map.entry("linux-auditd", AuditdRendering.NAME),
      Map.entry("aws-cloudtrail", ServiceJsonRendering.NAME),
      Map.entry("azure", ServiceJsonRendering.NAME),
      Map.entry("gcp", ServiceJsonRendering.NAME),
      Map.entry("okta", ServiceJsonRendering.NAME),
      Map.entry("m365", ServiceJsonRendering.NAME),
      Map.entry("proxy", ExtractedFieldsRendering.NAME),
      Map.entry("webserver", ExtractedFieldsRendering.NAME),
      Map.entry("firewall", ExtractedFieldsRendering.NAME),
      Map.entry("linux", ExtractedFieldsRendering.NAME));

  private Renderings() {}

  public static List<Rendering> all() {
    return ALL;
  }

  public static Optional<Rendering> byName(String name) {
    return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The rendering a built-in pipeline's extraction reads, if the pipeline is one and has one. */
  public static Optional<Rendering> forPipeline(String builtInPipelineName) {
    return Optional.ofNullable(BY_PIPELINE.get(builtInPipelineName)).flatMap(Renderings::byName);
  }

  /** The names of the built-in pipelines that have a rendering. */
  public static java.util.Set<String> pipelines() {
    return BY_PIPELINE.keySet();
  }
}
