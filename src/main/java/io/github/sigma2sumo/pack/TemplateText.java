package io.github.sigma2sumo.pack;

/**
 * Literal text for a Sumo template field: a Cloud SIEM rule's {@code nameExpression},
 * {@code descriptionExpression}, {@code summaryExpression} and a threshold or chain rule's
 * {@code description} (reference sumo-cloud-siem.md §5.1), or a scheduled search's mail subject
 * (§6), where {@code {{field}}} is replaced by a record's value. The docs say which names a token may
 * hold but not how to write a literal {@code {{}, so every one becomes {@code { {}: the text then
 * stays as written whether Sumo reads any {@code {{...}}} as a token or only one that names a field.
 */
final class TemplateText {
  private TemplateText() {}

  static String literal(String text) {
    String out = text;
    while (out.contains("{{")) {
      out = out.replace("{{", "{ {"); // "{{{" needs two rounds
    }
    return out;
  }
}
