package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code fer-line}: an event of a source whose fields a Field Extraction Rule extracts at ingest
 * (web proxies, web servers, firewalls, Linux): the raw line, and the fields indexed with it. The
 * built-in {@code proxy}, {@code webserver}, {@code firewall} and {@code linux} pipelines read those
 * fields by name and parse nothing; keyword rules search the raw line.
 *
 * <p>The line is the user's {@code _raw} when given (the device's own format, which only the user
 * knows); otherwise it is written from the fields as {@code name=value} pairs separated by spaces,
 * a value in double quotes (with {@code \"} and {@code \\} escaped) when it is empty or holds a
 * space, a quote, a backslash or {@code =}. The indexed fields are every field but {@code _raw},
 * as text.
 */
final class ExtractedFieldsRendering implements Rendering {

  static final String NAME = "fer-line";
  private static final Pattern NEEDS_QUOTES = Pattern.compile("[\\s\"\\\\=]");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Outcome<SourceEvent> read(YMap userEvent) {
    return FlatRecord.fromSigmaFields(userEvent).map(r -> r);
  }

  @Override
  public Outcome<RenderedMessage> render(SourceEvent event) {
    if (!(event instanceof FlatRecord record)) {
      return Outcome.failed("the fer-line rendering writes flat records, not " + event.getClass().getSimpleName());
    }
    Map<String, String> fields = record.texts();
    if (record.raw().isPresent()) {
      return Outcome.ok(new RenderedMessage(record.raw().get(), fields));
    }
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(f.getKey()).append('=').append(value(f.getValue()));
    }
    return Outcome.ok(new RenderedMessage(line.toString(), fields));
  }

  static String value(String v) {
    if (!v.isEmpty() && !NEEDS_QUOTES.matcher(v).find()) {
      return v;
    }
    return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
