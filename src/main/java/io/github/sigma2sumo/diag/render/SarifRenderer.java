package io.github.sigma2sumo.diag.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF 2.1.0 (OASIS), one run, as GitHub code scanning accepts it: {@code tool.driver.rules[]}
 * with each check, results with {@code ruleId}/{@code ruleIndex}, 1-based regions counted in code
 * points ({@code columnKind: unicodeCodePoints}).
 */
public final class SarifRenderer {
  private SarifRenderer() {}

  /** One check as the driver lists it. */
  public record Rule(String id, String summary, Severity level, String helpUri) {}

  public static String render(List<Diagnostic> diagnostics, List<Rule> rules, String version) {
    List<String> ids = new ArrayList<>(rules.stream().map(Rule::id).toList());
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "sigma2sumo");
      json.writeStringField("version", version);
      json.writeStringField("informationUri", "https://github.com/sigma2sumo/sigma2sumo");
      json.writeArrayFieldStart("rules");
      for (Rule rule : rules) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.summary());
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.level()));
        json.writeEndObject();
        json.writeStringField("helpUri", rule.helpUri());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeStringField("columnKind", "unicodeCodePoints");
      json.writeArrayFieldStart("results");
      for (Diagnostic d : diagnostics) {
        var loc = d.location();
        json.writeStartObject();
        json.writeStringField("ruleId", d.checkId());
        int index = ids.indexOf(d.checkId());
        if (index >= 0) {
          json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(d.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", d.message() + d.fix().map(f -> " (fix: " + f.description() + ")").orElse(""));
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", loc.file().replace('\\', '/'));
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", loc.line());
        json.writeNumberField("startColumn", loc.column());
        json.writeNumberField("endLine", loc.endLine());
        json.writeNumberField("endColumn", Math.max(loc.endColumn(), 1));
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }
}
