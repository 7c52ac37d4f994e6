package io.github.sigma2sumo.compile;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a log source's fields become Sumo fields before the {@code where}: a {@code parse regex}
 * per field from a template ({@code {field}} is the source field's name, {@code {name}} the Sumo
 * field's), {@code json} paths, or nothing where Field Extraction Rules already provide them.
 * Reference sumo-search-language.md §4 and §10.2 item 10. {@code xmlText}: the fields are XML
 * element text (Windows event XML), where {@code &}, {@code <} and {@code >} are written
 * {@code &amp;}, {@code &lt;}, {@code &gt;}; each is decoded after it is extracted, and keywords
 * search the decoded message, so that a rule's value compares with what the event held.
 */
public record Extraction(Method method, String template, Map<String, String> overrides, boolean xmlText) {

  public enum Method {
    /** One {@code parse regex field=_raw "<template>" nodrop} per field used. */
    REGEX,
    /** One {@code json field=_raw "<path>" as <name> nodrop} per field used. */
    JSON,
    /** Fields exist already (Field Extraction Rules, or the source's own parsing). */
    NONE
  }

  public Extraction {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    overrides = Map.copyOf(overrides);
  }

  public static final Extraction NONE = new Extraction(Method.NONE, "", Map.of(), false);

  public Extraction(Method method, String template, Map<String, String> overrides) {
    this(method, template, overrides, false);
  }

  /** True when the regex for {@code field} can only capture digits, where no entity can stand. */
  public boolean capturesDigitsOnly(String field) {
    String pattern = overrides.get(field);
    return pattern != null && pattern.contains("(?<{name}>\\d+)");
  }
  private static final Pattern PLAIN_JSON_KEY = Pattern.compile("[A-Za-z0-9_@$-]+(\\.[A-Za-z0-9_@$-]+)*");

  /**
   * The regex (or JSON path) for one field: its override, or the template, with {@code {name}} the
   * Sumo field name and {@code {field}} the source field's name, escaped for a regex or written as a
   * bracketed JSON key when it is not a plain path.
   */
  public String regexFor(String field, String name) {
    String source = method == Method.JSON ? jsonKey(field) : io.github.sigma2sumo.emit.SumoSyntax.regexQuote(field);
    String pattern = overrides.get(field);
    return (pattern != null ? pattern : template).replace("{field}", source).replace("{name}", name);
  }

  private static String jsonKey(String field) {
    if (PLAIN_JSON_KEY.matcher(field).matches()) {
      return field;
    }
    return "['" + field.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
