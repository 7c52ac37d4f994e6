package io.github.sigma2sumo.compile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a log source's fields become Sumo fields before the {@code where}: a {@code parse regex}
 * per field from a template ({@code {field}} is the source field's name, {@code {name}} the Sumo
 * field's), {@code json} paths, or nothing where Field Extraction Rules already provide them.
 * Reference sumo-search-language.md §4 and §10.2 item 10.
 *
 * <p>{@code templates}: where a field is, in order; a JSON field may be in one of several places
 * (a Windows event keeps its fields in {@code EventData} or under one {@code UserData} element),
 * and the query takes the first place that holds a value. {@code text}: how the extracted text is
 * written in the message; Windows event XML writes {@code &}, {@code <} and {@code >} in element
 * text as {@code &amp;}, {@code &lt;}, {@code &gt;}, so each field is decoded after it is
 * extracted and keywords search the decoded message; JSON escapes {@code "} and {@code \}, so a
 * keyword searched in the raw JSON message is searched as JSON writes it. {@code fieldRefusal}:
 * when present, only the fields of {@code overrides} can be read (a format that does not carry the
 * others exactly), and a rule reading another fails with this reason; {@code keywordRefusal} the
 * same for keyword searches.
 */
public record Extraction(Method method, List<String> templates, Map<String, String> overrides, Text text,
    Optional<String> fieldRefusal, Optional<String> keywordRefusal) {

  public enum Method {
    /** One {@code parse regex field=_raw "<template>" nodrop} per field used. */
    REGEX,
    /** One {@code json field=_raw "<path>" as <name> nodrop} per field and place used. */
    JSON,
    /** Fields exist already (Field Extraction Rules, or the source's own parsing). */
    NONE
  }

  /** How the message writes the text of its fields. */
  public enum Text {
    /** As it is. */
    PLAIN,
    /** XML element text: the five predefined entities. */
    XML,
    /** JSON strings: {@code \"}, {@code \\} and control characters escaped. */
    JSON,
    /** JSON strings as Go's encoding/json writes them: also {@code <}, {@code >}, {@code &} as {@code \u003c}... */
    JSON_HTML_SAFE
  }

  public Extraction {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(text, "text");
    templates = List.copyOf(templates);
    overrides = Map.copyOf(overrides);
    Objects.requireNonNull(fieldRefusal, "fieldRefusal");
    Objects.requireNonNull(keywordRefusal, "keywordRefusal");
  }

  public static final Extraction NONE = new Extraction(Method.NONE, List.of(), Map.of(), Text.PLAIN, Optional.empty(),
      Optional.empty());

  public Extraction(Method method, String template, Map<String, String> overrides) {
    this(method, template.isEmpty() ? List.of() : List.of(template), overrides, Text.PLAIN, Optional.empty(),
        Optional.empty());
  }

  /** True when fields are XML element text, decoded after extraction. */
  public boolean xmlText() {
    return text == Text.XML;
  }

  /** True when the regex for {@code field} can only capture digits, where no entity can stand. */
  public boolean capturesDigitsOnly(String field) {
    String pattern = overrides.get(field);
    return pattern != null && pattern.contains("(?<{name}>\\d+)");
  }

  /** Why {@code field} cannot be read, when this extraction reads only its overrides. */
  public Optional<String> refusal(String field) {
    return overrides.containsKey(field) ? Optional.empty() : fieldRefusal;
  }

  private static final Pattern PLAIN_JSON_KEY = Pattern.compile("[A-Za-z0-9_@$-]+(\\.[A-Za-z0-9_@$-]+)*");

  /**
   * The regex (or JSON path) for one field: its override, or the first template, with {@code {name}}
   * the Sumo field name and {@code {field}} the source field's name, escaped for a regex or written
   * as a bracketed JSON key when it is not a plain path.
   */
  public String regexFor(String field, String name) {
    return placesOf(field, name).get(0);
  }

  /** Every place {@code field} may be, in order: its override, or each template filled in. */
  public List<String> placesOf(String field, String name) {
    String source = method == Method.JSON ? jsonKey(field) : io.github.sigma2sumo.emit.SumoSyntax.regexQuote(field);
    String pattern = overrides.get(field);
    List<String> forms = pattern != null ? List.of(pattern) : templates;
    return forms.stream().map(t -> t.replace(".{field}", method == Method.JSON && source.startsWith("[")
        ? source : "." + source).replace("{field}", source).replace("{name}", name)).toList();
  }

  /** A JSON key as Sumo's json operator reads it: bare when plain, else {@code ['...']}. */
  private static String jsonKey(String field) {
    if (PLAIN_JSON_KEY.matcher(field).matches()) {
      return field;
    }
    return "['" + field.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
