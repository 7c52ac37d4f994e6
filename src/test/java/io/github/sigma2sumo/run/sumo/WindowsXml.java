package io.github.sigma2sumo.run.sumo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test fixture: a Windows event of SigmaHQ's regression data (EVTX as JSON) as the XML text a
 * Windows collector sends to Sumo, with a source category the default pipelines' scopes match
 * ({@code windows/sysmon} for Sysmon, {@code windows/<channel>} otherwise).
 */
final class WindowsXml {
  private WindowsXml() {}

  static LogMessage message(JsonNode root) {
    JsonNode event = root.path("Event");
    JsonNode system = event.path("System");
    StringBuilder xml = new StringBuilder("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>");
    xml.append("<Provider Name='").append(escape(system.path("Provider").path("#attributes").path("Name").asText()))
        .append("'/>");
    xml.append("<EventID>").append(system.path("EventID").asText()).append("</EventID>");
    xml.append("<Channel>").append(escape(system.path("Channel").asText())).append("</Channel>");
    xml.append("<Computer>").append(escape(system.path("Computer").asText())).append("</Computer>");
    xml.append("</System><EventData>");
    for (Map.Entry<String, JsonNode> e : event.path("EventData").properties()) {
      if (e.getKey().startsWith("#")) {
        continue;
      }
      String v = e.getValue().isNull() ? "" : e.getValue().asText();
      xml.append("<Data Name='").append(escape(e.getKey())).append("'>").append(text(v)).append("</Data>");
    }
    xml.append("</EventData>");
    if (event.has("UserData")) {
      xml.append("<UserData>");
      element(xml, event.path("UserData"));
      xml.append("</UserData>");
    }
    xml.append("</Event>");
    String channel = system.path("Channel").asText();
    String category = channel.contains("Sysmon") ? "windows/sysmon" : "windows/" + channel.toLowerCase();
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("_sourceCategory", category);
    metadata.put("_sourceHost", system.path("Computer").asText());
    long time = 0;
    String created = system.path("TimeCreated").path("#attributes").path("SystemTime").asText("");
    if (!created.isEmpty()) {
      time = Instant.parse(created).toEpochMilli();
    }
    return LogMessage.of(xml.toString(), metadata, time);
  }

  /** UserData as Windows writes it: one element per member, nested. */
  private static void element(StringBuilder xml, JsonNode node) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getKey().startsWith("#")) {
        continue;
      }
      xml.append('<').append(e.getKey()).append('>');
      if (e.getValue().isObject()) {
        element(xml, e.getValue());
      } else if (!e.getValue().isNull()) {
        xml.append(text(e.getValue().asText()));
      }
      xml.append("</").append(e.getKey()).append('>');
    }
  }

  /** Element text: Windows escapes only what XML requires there. */
  private static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
        .replace("\"", "&quot;");
  }
}
