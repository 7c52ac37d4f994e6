package io.github.sigma2sumo.diag.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF 2.1.0 (OASIS), one run, as GitHub code scanning accepts it: {@code tool.driver.rules[]}
 * with each check, results with {@code ruleId}/{@code ruleIndex}, 1-based regions counted in code
 * points ({@code columnKind: unicodeCodePoints}). An artifact's {@code uri} must be a valid
 * relative or absolute URI (SARIF 2.1.0 §3.4.3, RFC 3986): a path is percent-encoded, and an absolute
 * one becomes a {@code file:} URI.
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
        json.writeStringField("uri", uri(loc.file()));
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

  /** A file name as a URI reference: relative paths stay relative, absolute ones get the file scheme. */
  static String uri(String path) {
    String slashes = path.replace('\\', '/');
    char first = slashes.isEmpty() ? 0 : (char) (slashes.charAt(0) | 0x20);
    boolean drive = slashes.length() >= 3 && first >= 'a' && first <= 'z' && slashes.charAt(1) == ':'
        && slashes.charAt(2) == '/';
    StringBuilder out = new StringBuilder(slashes.length() + 16);
    if (drive) {
      out.append("file:///").append(slashes, 0, 2);
      slashes = slashes.substring(2);
    } else if (slashes.startsWith("/")) {
      out.append("file://");
    }
    for (byte b : slashes.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }
}
