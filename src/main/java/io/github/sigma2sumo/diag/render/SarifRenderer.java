package io.github.sigma2sumo.diag.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS), one run, as GitHub code scanning accepts it: {@code tool.driver.rules[]}
 * with each check (short and full description, and its page as {@code help} and {@code helpUri}),
 * results with {@code ruleId}/{@code ruleIndex}, 1-based regions counted in code points
 * ({@code columnKind: unicodeCodePoints}), a mechanical fix as {@code fixes} (§3.55), and a
 * {@code partialFingerprints} entry (§3.27.17) that stays the same when lines above the finding
 * are added or removed: a hash of the check, the file, the finding's source line without its
 * indentation, and the message, with the number of earlier findings that share them. Inputs that
 * could not be read are {@code invocations[0].toolExecutionNotifications} (§3.20.21). An
 * artifact's {@code uri} must be a valid relative or absolute URI (§3.4.3, RFC 3986): a path is
 * percent-encoded, and an absolute one becomes a {@code file:} URI.
 */
public final class SarifRenderer {
  private SarifRenderer() {}

  /**
   * One check as the driver lists it; {@code description} (what it finds, in words) and
   * {@code help} (its page, in Markdown) are empty when the check has no page.
   */
  public record Rule(String id, String summary, Severity level, String helpUri, String description, String help) {
    public Rule(String id, String summary, Severity level, String helpUri) {
      this(id, summary, level, helpUri, "", "");
    }
  }

  /** An input that could not be read, and why. */
  public record Notification(String file, String message) {}

  /** The fingerprint's key in {@code partialFingerprints}; its version changes if the hash does. */
  static final String FINGERPRINT = "sigma2sumo/v1";

  public static String render(List<Diagnostic> diagnostics, List<Rule> rules, String version) {
    return render(diagnostics, rules, version, Map.of(), List.of());
  }

  public static String render(List<Diagnostic> diagnostics, List<Rule> rules, String version,
      Map<String, SourceFile> sources, List<Notification> notifications) {
    Fingerprints fingerprints = new Fingerprints(sources);
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
        if (!rule.description().isEmpty()) {
          json.writeObjectFieldStart("fullDescription");
          json.writeStringField("text", rule.description());
          json.writeEndObject();
        }
        if (!rule.help().isEmpty()) {
          json.writeObjectFieldStart("help");
          json.writeStringField("text", rule.help());
          json.writeStringField("markdown", rule.help());
          json.writeEndObject();
        }
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.level()));
        json.writeEndObject();
        json.writeStringField("helpUri", rule.helpUri());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("invocations");
      json.writeStartObject();
      json.writeBooleanField("executionSuccessful", notifications.isEmpty());
      if (!notifications.isEmpty()) {
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (Notification n : notifications) {
          json.writeStartObject();
          json.writeStringField("level", "error");
          json.writeObjectFieldStart("message");
          json.writeStringField("text", n.message());
          json.writeEndObject();
          json.writeArrayFieldStart("locations");
          json.writeStartObject();
          json.writeObjectFieldStart("physicalLocation");
          json.writeObjectFieldStart("artifactLocation");
          json.writeStringField("uri", uri(n.file()));
          json.writeEndObject();
          json.writeEndObject();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndArray();
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
        region(json, "region", loc);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, fingerprints.next(d));
        json.writeEndObject();
        if (d.fix().isPresent() && d.fix().get().replacement().isPresent()) {
          fix(json, d);
        }
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

  /** A mechanical fix: the finding's region replaced by the fix's text. */
  private static void fix(JsonGenerator json, Diagnostic d) throws IOException {
    var loc = d.location();
    json.writeArrayFieldStart("fixes");
    json.writeStartObject();
    json.writeObjectFieldStart("description");
    json.writeStringField("text", d.fix().get().description());
    json.writeEndObject();
    json.writeArrayFieldStart("artifactChanges");
    json.writeStartObject();
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(loc.file()));
    json.writeEndObject();
    json.writeArrayFieldStart("replacements");
    json.writeStartObject();
    region(json, "deletedRegion", loc);
    json.writeObjectFieldStart("insertedContent");
    json.writeStringField("text", d.fix().get().replacement().get());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  /** A region (SARIF §3.30): 1-based lines and columns, no column below 1 (GitHub rejects 0). */
  private static void region(JsonGenerator json, String name, io.github.sigma2sumo.diag.Location loc)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("startLine", loc.line());
    json.writeNumberField("startColumn", loc.column());
    json.writeNumberField("endLine", loc.endLine());
    json.writeNumberField("endColumn", Math.max(loc.endColumn(), 1));
    json.writeEndObject();
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
