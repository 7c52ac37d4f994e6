package io.github.sigma2sumo.diag.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sigma2sumo.diag.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code {"version":1,"diagnostics":[{"file","line","column","endLine","endColumn","severity",
 * "check","message","fix"}]}} in that fixed field order; a contract covered by golden tests.
 */
public final class JsonRenderer {
  private JsonRenderer() {}

  public static String render(List<Diagnostic> diagnostics) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", 1);
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        write(json, d);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  /** One diagnostic as a JSON object, in the fixed field order. */
  public static void write(JsonGenerator json, Diagnostic d) throws IOException {
    var loc = d.location();
    json.writeStartObject();
    json.writeStringField("file", loc.file());
    json.writeNumberField("line", loc.line());
    json.writeNumberField("column", loc.column());
    json.writeNumberField("endLine", loc.endLine());
    json.writeNumberField("endColumn", loc.endColumn());
    json.writeStringField("severity", d.severity().label());
    json.writeStringField("check", d.checkId());
    json.writeStringField("message", d.message());
    if (d.fix().isPresent()) {
      json.writeObjectFieldStart("fix");
      json.writeStringField("description", d.fix().get().description());
      if (d.fix().get().replacement().isPresent()) {
        json.writeStringField("replacement", d.fix().get().replacement().get());
      }
      json.writeEndObject();
    } else {
      json.writeNullField("fix");
    }
    json.writeEndObject();
  }
}
