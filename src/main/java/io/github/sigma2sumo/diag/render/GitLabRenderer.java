package io.github.sigma2sumo.diag.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * GitLab's Code Quality report (docs.gitlab.com, "Code Quality" > "Implement a custom tool": a JSON
 * array of {@code description}, {@code check_name}, {@code fingerprint}, {@code severity} and
 * {@code location.path} / {@code location.lines.begin}), which a job publishes as
 * {@code artifacts:reports:codequality}. Errors are {@code major}, warnings {@code minor}, notes
 * {@code info}; the fingerprint is the one SARIF carries, so it survives lines moving.
 */
public final class GitLabRenderer {
  private GitLabRenderer() {}

  public static String render(List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
    StringWriter text = new StringWriter();
    Fingerprints fingerprints = new Fingerprints(sources);
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
      for (Diagnostic d : diagnostics) {
        json.writeStartObject();
        json.writeStringField("description", d.message());
        json.writeStringField("check_name", d.checkId());
        json.writeStringField("fingerprint", fingerprints.next(d));
        json.writeStringField("severity", switch (d.severity()) {
          case ERROR -> "major";
          case WARNING -> "minor";
          case NOTE -> "info";
        });
        json.writeObjectFieldStart("location");
        json.writeStringField("path", d.location().file());
        json.writeObjectFieldStart("lines");
        json.writeNumberField("begin", d.location().line());
        json.writeNumberField("end", d.location().endLine());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }
}
