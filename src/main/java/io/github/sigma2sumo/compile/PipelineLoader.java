package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.sigma.Condition;
import io.github.sigma2sumo.sigma.ConditionParser;
import io.github.sigma2sumo.sigma.LogSource;
import io.github.sigma2sumo.sigma.Selectors;
import io.github.sigma2sumo.sigma.SigmaString;
import io.github.sigma2sumo.sigma.SigmaValue;
import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a pipeline YAML file (pySigma's format, reference sigma.md §8.2). Unknown top-level keys,
 * transformation types we do not apply, and bad parameters are diagnostics at their position, so a
 * pipeline that would silently do less than its author meant is refused.
 */
public final class PipelineLoader {
  public static final String CHECK = "pipeline";

  /** The transformation types {@link #item} reads, for a did-you-mean. */
  private static final List<String> TRANSFORMATION_TYPES = List.of("field_name_mapping", "field_name_prefix_mapping",
      "field_name_prefix", "field_name_suffix", "add_condition", "change_logsource", "replace_string", "map_string",
      "set_value", "case", "convert_type", "value_placeholders", "wildcard_placeholders", "drop_detection_item",
      "rule_failure", "sumo_scope", "cse_keyword_field", "sumo_extraction");

  private static final Set<String> TOP_LEVEL = Set.of("name", "priority", "allowed_backends", "vars",
      "transformations", "postprocessing", "finalizers");
  private static final Set<String> ITEM_KEYS = Set.of("id", "type", "rule_conditions", "rule_cond_op", "rule_cond_not",
      "decode", "refuse_other_fields", "refuse_keywords",
      "rule_cond_expr",
      "mapping", "prefix", "suffix", "conditions", "negated", "name", "template", "category", "product", "service",
      "regex", "replacement", "skip_special", "include", "exclude", "message", "scope", "method", "overrides", "field",
      "field_name_conditions", "field_name_cond_op", "field_name_cond_not", "detection_item_conditions",
      "detection_item_cond_op", "detection_item_cond_not", "value", "force_type", "target_type", "items");

  private final DiagnosticSink sink;
  private boolean failed;

  private PipelineLoader(DiagnosticSink sink) {
    this.sink = sink;
  }

  /** The pipeline, or empty when the file has errors (all of them reported). */
  public static Optional<Pipeline> load(SourceFile source, DiagnosticSink sink) {
    return new PipelineLoader(sink).read(source);
  }

  private Optional<Pipeline> read(SourceFile source) {
    List<YNode> docs;
    try {
      docs = YamlTree.documents(source.text());
    } catch (YamlTree.YamlException e) {
      sink.report(CHECK, Severity.ERROR, e.span(), e.getMessage());
      return Optional.empty();
    }
    if (docs.size() != 1 || !(docs.get(0) instanceof YMap root)) {
      sink.report(CHECK, Severity.ERROR, new Span(0, 0), "a pipeline file is one YAML mapping");
      return Optional.empty();
    }
    for (Entry e : root.entries().values()) {
      if (!TOP_LEVEL.contains(e.key())) {
        error(e.keySpan(), "unknown pipeline key '" + e.key() + "'");
      } else if (e.key().equals("postprocessing") || e.key().equals("finalizers")) {
        error(e.keySpan(), "'" + e.key() + "' rewrites query text, which sigma2sumo does not do: it builds the "
            + "query as a syntax tree and prints it");
      }
    }
    String name = root.get("name").map(n -> text(n)).orElse(source.name());
    int priority = root.get("priority").filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value())
        .filter(BigDecimal.class::isInstance).map(n -> ((BigDecimal) n).intValue()).orElse(0);
    List<Pipeline.Item> items = new ArrayList<>();
    Map<String, List<String>> vars = root.get("vars").filter(YMap.class::isInstance)
        .map(v -> stringLists((YMap) v)).orElse(Map.of());
    Optional<YNode> transformations = root.get("transformations");
    if (transformations.isPresent()) {
      if (!(transformations.get() instanceof YList list)) {
        error(transformations.get().span(), "'transformations' is a list");
      } else {
        for (YNode n : list.items()) {
          items.addAll(items(n));
        }
      }
    }
    return failed ? Optional.empty() : Optional.of(new Pipeline(name, priority, source.name(), vars, items));
  }

  /**
   * The processing items of one list entry: one, or those of a {@code nest} item (pySigma's
   * NestedProcessingTransformation: its items apply where its own rule conditions hold too).
   */
  private List<Pipeline.Item> items(YNode node) {
    if (!(node instanceof YMap map) || !map.get("type").map(this::text).orElse("").equals("nest")) {
      return item(node).map(List::of).orElse(List.of());
    }
    for (String key : List.of("field_name_conditions", "detection_item_conditions")) {
      map.get(key).ifPresent(n -> error(n.span(), "a nest item takes rule conditions only; give '" + key
          + "' to the items inside it"));
    }
    RuleCondition.Group outer = ruleConditions(map);
    Optional<YNode> inner = map.get("items");
    if (inner.isEmpty() || !(inner.get() instanceof YList list)) {
      error(inner.map(YNode::span).orElse(map.span()), "a nest item needs 'items', a list of processing items");
      return List.of();
    }
    List<Pipeline.Item> out = new ArrayList<>();
    for (YNode n : list.items()) {
      for (Pipeline.Item i : items(n)) {
        out.add(new Pipeline.Item(i.id(), i.transformation(),
            new RuleCondition.Group(List.of(outer, i.conditions()), false, false), i.fields(), i.items(), i.span()));
      }
    }
    return out;
  }

  private Optional<Pipeline.Item> item(YNode node) {
    if (!(node instanceof YMap map)) {
      error(node.span(), "a transformation is a mapping with a 'type'");
      return Optional.empty();
    }
    for (Entry e : map.entries().values()) {
      if (!ITEM_KEYS.contains(e.key())) {
        error(e.keySpan(), "unknown transformation key '" + e.key() + "'");
      }
    }
    String type = map.get("type").map(this::text).orElse("");
    Optional<Pipeline.Transformation> t = switch (type) {
      case "field_name_mapping" -> fieldNames(map, false).map(Pipeline.Transformation.FieldNameMapping::new);
      case "field_name_prefix_mapping" ->
          fieldNames(map, true).map(Pipeline.Transformation.FieldNamePrefixMapping::new);
      case "field_name_prefix" -> Optional.of(new Pipeline.Transformation.FieldNamePrefix(requireText(map, "prefix")));
      case "field_name_suffix" -> Optional.of(new Pipeline.Transformation.FieldNameSuffix(requireText(map, "suffix")));
      case "add_condition" -> addedConditions(map);
      case "change_logsource" -> Optional.of(new Pipeline.Transformation.ChangeLogSource(new LogSource(
          map.get("category").map(this::text), map.get("product").map(this::text),
          map.get("service").map(this::text))));
      case "replace_string" -> regex(map).map(p -> new Pipeline.Transformation.ReplaceString(p,
          map.get("replacement").map(this::text).orElse("")));
      case "map_string" -> Optional.of(new Pipeline.Transformation.MapString(stringLists(requireMap(map, "mapping"))));
      case "set_value" -> setValue(map);
      case "case" -> either(map, type, "method", "lower", "upper").map(Pipeline.Transformation.Case::new);
      case "convert_type" ->
          either(map, type, "target_type", "str", "num").map(Pipeline.Transformation.ConvertType::new);
      case "value_placeholders", "wildcard_placeholders" -> Optional.of(new Pipeline.Transformation.Placeholders(
          type.startsWith("wildcard"), names(map, "include"), names(map, "exclude")));
      case "drop_detection_item" -> Optional.of(new Pipeline.Transformation.DropDetectionItem());
      case "rule_failure" -> Optional.of(new Pipeline.Transformation.RuleFailure(requireText(map, "message")));
      case "sumo_scope" -> Optional.of(new Pipeline.Transformation.SumoScope(requireText(map, "scope")));
      case "cse_keyword_field" -> Optional.of(new Pipeline.Transformation.CseKeywordField(requireText(map, "field")));
      case "sumo_extraction" -> extraction(map);
      case "" -> {
        error(map.span(), "the transformation has no 'type'");
        yield Optional.empty();
      }
      default -> {
        error(map.get("type").get().span(), "transformation type '" + type + "' is not supported by sigma2sumo"
            + Suggestions.closest(type, TRANSFORMATION_TYPES).map(known -> "; did you mean '" + known + "'?")
                .orElse(" (it knows " + String.join(", ", TRANSFORMATION_TYPES) + ")"));
        yield Optional.empty();
      }
    };
    if (t.isEmpty()) {
      return Optional.empty();
    }
    RuleCondition.Group conditions = ruleConditions(map);
    Pipeline.FieldCondition fields = fieldConditions(map);
    ItemCondition.Filter items = itemConditions(map, t.get());
    if (t.get() instanceof Pipeline.Transformation.DropDetectionItem && fields.tests().isEmpty()
        && items.conditions().isEmpty()) {
      error(map.span(), "drop_detection_item without field_name_conditions or detection_item_conditions would drop "
          + "every item");
    }
    return Optional.of(new Pipeline.Item(map.get("id").map(this::text), t.get(), conditions, fields, items,
        map.span()));
  }

  /** An item's rule conditions with rule_cond_op and rule_cond_not, or named and combined by rule_cond_expr. */
  private RuleCondition.Group ruleConditions(YMap map) {
    Optional<YNode> expr = map.get("rule_cond_expr");
    if (expr.isPresent()) {
      return ruleConditionExpression(map, expr.get());
    }
    List<RuleCondition> conditions = new ArrayList<>();
    for (YNode c : conditionNodes(map, "rule_conditions")) {
      ruleCondition(c).ifPresent(conditions::add);
    }
    return new RuleCondition.Group(conditions, anyOf(map, "rule_cond_op"), flag(map, "rule_cond_not"));
  }

  /**
   * rule_cond_expr: an expression over the names of the rule_conditions map, in the grammar of a
   * Sigma condition ({@code c1 and not (c2 or c3)}, {@code 1 of c*}), as pySigma parses it.
   */
  private RuleCondition.Group ruleConditionExpression(YMap map, YNode expr) {
    RuleCondition.Group nothing = new RuleCondition.Group(List.of(), false, true);
    for (String key : List.of("rule_cond_op", "rule_cond_not")) {
      map.get(key).ifPresent(n -> error(n.span(), "'" + key + "' and rule_cond_expr exclude each other"));
    }
    if (!(map.get("rule_conditions").orElse(null) instanceof YMap named)) {
      error(map.get("rule_conditions").map(YNode::span).orElse(map.span()),
          "rule_cond_expr needs rule_conditions as a map from names to conditions");
      return nothing;
    }
    Map<String, RuleCondition> byName = new LinkedHashMap<>();
    for (Entry e : named.entries().values()) {
      ruleCondition(e.value()).ifPresent(c -> byName.put(e.key(), c));
    }
    ConditionParser.Result parsed = ConditionParser.parse(text(expr));
    if (parsed.error().isPresent() || parsed.condition().isEmpty()) {
      error(expr.span(), "rule_cond_expr: " + parsed.error().map(ConditionParser.Error::message).orElse("empty"));
      return nothing;
    }
    try {
      RuleCondition c = fromExpression(parsed.condition().get(), byName);
      return c instanceof RuleCondition.Group g ? g : new RuleCondition.Group(List.of(c), false, false);
    } catch (IllegalArgumentException e) {
      error(expr.span(), "rule_cond_expr: " + e.getMessage());
      return nothing;
    }
  }

  private static RuleCondition fromExpression(Condition c, Map<String, RuleCondition> byName) {
    if (c instanceof Condition.Or or) {
      return new RuleCondition.Group(or.terms().stream().map(t -> fromExpression(t, byName)).toList(), true, false);
    } else if (c instanceof Condition.And and) {
      return new RuleCondition.Group(and.terms().stream().map(t -> fromExpression(t, byName)).toList(), false, false);
    } else if (c instanceof Condition.Not not) {
      return new RuleCondition.Group(List.of(fromExpression(not.operand(), byName)), false, true);
    } else if (c instanceof Condition.Ref ref) {
      RuleCondition named = byName.get(ref.name());
      if (named == null) {
        throw new IllegalArgumentException("no rule condition is named '" + ref.name() + "'");
      }
      return named;
    }
    Condition.Selector selector = (Condition.Selector) c;
    List<String> names = Selectors.matching(selector, byName.keySet());
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no rule condition name matches '" + selector.pattern() + "'");
    }
    return new RuleCondition.Group(names.stream().map(byName::get).toList(), !selector.all(), false);
  }

  /** One rule condition; the kinds that need what a compiled rule does not track are refused. */
  private Optional<RuleCondition> ruleCondition(YNode node) {
    String type = node instanceof YMap m ? m.get("type").map(this::text).orElse("") : "";
    if (!(node instanceof YMap c)) {
      error(node.span(), "a rule condition is a mapping with a 'type'");
      return Optional.empty();
    }
    switch (type) {
      case "logsource" -> {
        return Optional.of(new RuleCondition.OfLogSource(new LogSource(c.get("category").map(this::text),
            c.get("product").map(this::text), c.get("service").map(this::text))));
      }
      case "tag" -> {
        return Optional.of(new RuleCondition.Tag(requireText(c, "tag")));
      }
      case "is_sigma_rule" -> {
        return Optional.of(new RuleCondition.IsDetectionRule());
      }
      case "contains_field" -> {
        return Optional.of(new RuleCondition.ContainsField(requireText(c, "field")));
      }
      case "rule_attribute" -> {
        return attributeCondition(c);
      }
      default -> {
        error(c.get("type").map(YNode::span).orElse(c.span()), "rule condition '" + type + "' is not supported; "
            + "these are: logsource, tag, rule_attribute, contains_field, is_sigma_rule");
        return Optional.empty();
      }
    }
  }

  private Optional<RuleCondition> attributeCondition(YMap c) {
    String attribute = requireText(c, "attribute");
    Function<String, Span> at = key -> c.get(key).map(YNode::span).orElse(c.span());
    String op = c.get("op").map(this::text).orElse("eq");
    List<String> values = names(c, "value");
    Optional<List<String>> ranks = RuleCondition.Attribute.ranks(attribute);
    if (!RuleCondition.Attribute.TEXT.containsKey(attribute)) {
      error(at.apply("attribute"), "rule_attribute '" + attribute + "' is not one of "
          + String.join(", ", new java.util.TreeSet<>(RuleCondition.Attribute.TEXT.keySet())));
    } else if (!RuleCondition.Attribute.OPS.contains(op)) {
      error(at.apply("op"), "unknown op '" + op + "'; the ops are "
          + String.join(", ", RuleCondition.Attribute.OPS));
    } else if (values.isEmpty() || values.size() > 1 && !op.endsWith("in")) {
      error(c.span(), "rule_attribute needs one 'value' (a list with in and not_in)");
    } else if (ranks.isEmpty() && !List.of("eq", "ne", "in", "not_in").contains(op)) {
      error(at.apply("op"), "'" + attribute + "' is text: only eq, ne, in and not_in compare it");
    } else if (ranks.isPresent() && values.stream().anyMatch(v -> !ranks.get().contains(v.toLowerCase(Locale.ROOT)))) {
      error(at.apply("value"), "a " + attribute + " is one of " + String.join(", ", ranks.get()));
    } else {
      List<String> normalized = ranks.isPresent() ? values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()
          : values;
      return Optional.of(new RuleCondition.Attribute(attribute, op, normalized));
    }
    return Optional.empty();
  }

  /**
   * The detection-item conditions of an item: only for the transformations that act on values
   * (drop_detection_item, replace_string, map_string, set_value, case, convert_type); on others
   * they would be ignored, so they are refused.
   */
  private ItemCondition.Filter itemConditions(YMap map, Pipeline.Transformation t) {
    Optional<YNode> given = map.get("detection_item_conditions");
    if (given.isEmpty()) {
      return ItemCondition.Filter.ALL;
    }
    if (!(t instanceof Pipeline.Transformation.DropDetectionItem || t instanceof Pipeline.Transformation.ReplaceString
        || t instanceof Pipeline.Transformation.MapString || t instanceof Pipeline.Transformation.SetValue
        || t instanceof Pipeline.Transformation.Case || t instanceof Pipeline.Transformation.ConvertType)) {
      error(map.get("detection_item_conditions").get().span(), "detection_item_conditions select the items of "
          + "drop_detection_item, replace_string, map_string, set_value, case and convert_type only");
      return ItemCondition.Filter.ALL;
    }
    List<ItemCondition> conditions = new ArrayList<>();
    for (YNode node : conditionNodes(map, "detection_item_conditions")) {
      itemCondition(node).ifPresent(conditions::add);
    }
    return new ItemCondition.Filter(conditions, anyOf(map, "detection_item_cond_op"),
        flag(map, "detection_item_cond_not"));
  }

  /** set_value: the value as the YAML types it, or as {@code force_type} says (str or num). */
  private Optional<Pipeline.Transformation> setValue(YMap map) {
    Optional<YNode> force = map.get("force_type");
    String type = force.map(this::text).orElse("");
    if (!type.isEmpty() && !type.equals("str") && !type.equals("num")) {
      error(force.get().span(), "'force_type' is str or num");
      return Optional.empty();
    }
    return typedValue(map, type).map(Pipeline.Transformation.SetValue::new);
  }

  /** The scalar 'value' of {@code map} as a Sigma value: typed as the YAML says, or as {@code type} (str, num). */
  private Optional<SigmaValue> typedValue(YMap map, String type) {
    Optional<YNode> node = map.get("value");
    if (node.isEmpty() || !(node.get() instanceof YScalar value)) {
      error(node.map(YNode::span).orElse(map.span()), "'value' is required: one value");
      return Optional.empty();
    }
    Object raw = value.value();
    if (type.equals("str") || type.isEmpty() && raw instanceof String) {
      return Optional.of(new SigmaValue.Str(SigmaString.parse(value.text()), false));
    } else if (type.equals("num") || type.isEmpty() && raw instanceof BigDecimal) {
      try {
        return Optional.of(new SigmaValue.Num(new BigDecimal(value.text())));
      } catch (NumberFormatException e) {
        error(value.span(), "'" + value.text() + "' is not a number");
        return Optional.empty();
      }
    }
    return Optional.of(raw instanceof Boolean b ? new SigmaValue.Bool(b) : new SigmaValue.Null());
  }

  private Optional<ItemCondition> itemCondition(YNode node) {
    if (!(node instanceof YMap c)) {
      error(node.span(), "a detection-item condition is a mapping with a 'type'");
      return Optional.empty();
    }
    String type = c.get("type").map(this::text).orElse("");
    String cond = c.get("cond").map(this::text).orElse("any");
    if (!cond.equals("any") && !cond.equals("all")) {
      error(c.get("cond").map(YNode::span).orElse(c.span()), "'cond' is any or all");
      return Optional.empty();
    }
    boolean all = cond.equals("all");
    switch (type) {
      case "match_string" -> {
        boolean negate = flag(c, "negate");
        return regex(c, "pattern").map(p -> new ItemCondition.MatchString(p, all, negate));
      }
      case "is_null" -> {
        return Optional.of(new ItemCondition.IsNull(all));
      }
      case "match_value" -> {
        return typedValue(c, "").map(v -> new ItemCondition.MatchValue(v, all));
      }
      case "contains_wildcard" -> {
        return Optional.of(new ItemCondition.ContainsWildcard(all));
      }
      default -> {
        error(c.get("type").map(YNode::span).orElse(c.span()), "detection-item condition '" + type + "' is not "
            + "supported; these are: match_string, match_value, is_null, contains_wildcard");
        return Optional.empty();
      }
    }
  }

  private Pipeline.FieldCondition fieldConditions(YMap map) {
    List<Pipeline.FieldTest> tests = new ArrayList<>();
    for (YNode c : conditionNodes(map, "field_name_conditions")) {
      String type = c instanceof YMap cm ? cm.get("type").map(this::text).orElse("") : "";
      if (!(c instanceof YMap cm) || !(type.equals("include_fields") || type.equals("exclude_fields"))) {
        error(c.span(), "only include_fields and exclude_fields field-name conditions are supported");
        continue;
      }
      List<String> fields = names(cm, "fields");
      boolean regex = cm.get("mode").map(this::text).orElse("plain").equals("re");
      if (regex) {
        for (String f : fields) {
          try {
            Pattern.compile(f);
          } catch (PatternSyntaxException e) {
            error(cm.span(), "invalid field regex '" + f + "': " + e.getDescription());
          }
        }
      }
      tests.add(new Pipeline.FieldTest(type.equals("include_fields"), fields, regex));
    }
    return new Pipeline.FieldCondition(tests, anyOf(map, "field_name_cond_op"), flag(map, "field_name_cond_not"));
  }

  private Optional<Pipeline.Transformation> extraction(YMap map) {
    String method = requireText(map, "method");
    Extraction.Method m;
    switch (method) {
      case "regex" -> m = Extraction.Method.REGEX;
      case "json" -> m = Extraction.Method.JSON;
      case "none" -> m = Extraction.Method.NONE;
      default -> {
        if (!method.isEmpty()) {
          error(map.get("method").map(YNode::span).orElse(map.span()), "extraction method is regex, json or none");
        }
        return Optional.empty();
      }
    }
    List<String> templates = map.get("template").map(t -> t instanceof YList l
        ? l.items().stream().map(this::text).toList() : List.of(text(t))).orElse(List.of());
    if (templates.size() > 1 && m != Extraction.Method.JSON) {
      error(map.get("template").get().span(), "a list of templates (places a field may be) is for a json extraction");
    }
    Map<String, String> overrides = new LinkedHashMap<>();
    map.get("overrides").filter(YMap.class::isInstance).ifPresent(o ->
        ((YMap) o).entries().values().forEach(e -> overrides.put(e.key(), text(e.value()))));
    if (m == Extraction.Method.REGEX) {
      List<String> regexes = new ArrayList<>(templates);
      regexes.addAll(overrides.values());
      for (String regex : regexes) {
        try {
          Pattern.compile(regex.replace("{field}", "f").replace("{name}", "f"));
        } catch (PatternSyntaxException e) {
          error(map.span(), "extraction regex '" + regex + "' is invalid: " + e.getDescription());
        }
        if (!regex.contains("(?<{name}>")) {
          error(map.span(), "extraction regex '" + regex + "' needs the group (?<{name}>...)");
        }
      }
    }
    Extraction.Text text = Extraction.Text.PLAIN;
    Optional<YNode> decode = map.get("decode");
    if (decode.isPresent()) {
      String d = text(decode.get());
      boolean fits = d.equals("xml") ? m == Extraction.Method.REGEX
          : (d.equals("json") || d.equals("json-html-safe")) && m != Extraction.Method.NONE;
      if (!fits) {
        error(decode.get().span(), "decode is xml (for a regex extraction of XML element text), json or json-html-safe "
            + "(for fields written as JSON strings, Go's HTML-safe escaping for the second)");
      } else {
        text = switch (d) {
          case "xml" -> Extraction.Text.XML;
          case "json" -> Extraction.Text.JSON;
          default -> Extraction.Text.JSON_HTML_SAFE;
        };
      }
    }
    Optional<String> refuseFields = map.get("refuse_other_fields").map(this::text);
    Optional<String> refuseKeywords = map.get("refuse_keywords").map(this::text);
    if (templates.isEmpty() && refuseFields.isEmpty() && m != Extraction.Method.NONE) {
      error(map.span(), "a " + method + " extraction needs a template, unless refuse_other_fields says why only "
          + "the fields of overrides can be read");
    }
    return Optional.of(new Pipeline.Transformation.SumoExtraction(new Extraction(m, templates, overrides, text,
        refuseFields, refuseKeywords)));
  }

  private Optional<Pattern> regex(YMap map) {
    return regex(map, "regex");
  }

  private Optional<Pattern> regex(YMap map, String key) {
    String text = requireText(map, key);
    try {
      return Optional.of(Pattern.compile(text));
    } catch (PatternSyntaxException e) {
      error(map.get(key).map(YNode::span).orElse(map.span()), "invalid regex: " + e.getDescription());
      return Optional.empty();
    }
  }

  private Map<String, List<String>> stringLists(YMap map) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Entry e : map.entries().values()) {
      List<String> values = new ArrayList<>();
      if (e.value() instanceof YList l) {
        l.items().forEach(i -> values.add(text(i)));
      } else {
        values.add(text(e.value()));
      }
      out.put(e.key(), values);
    }
    return out;
  }

  private Map<String, List<Object>> values(YMap map) {
    Map<String, List<Object>> out = new LinkedHashMap<>();
    for (Entry e : map.entries().values()) {
      List<Object> values = new ArrayList<>();
      if (e.value() instanceof YList l) {
        l.items().forEach(i -> values.add(i instanceof YScalar s ? s.value() : text(i)));
      } else {
        values.add(e.value() instanceof YScalar s ? s.value() : text(e.value()));
      }
      out.put(e.key(), values);
    }
    return out;
  }

  private YMap requireMap(YMap map, String key) {
    Optional<YNode> n = map.get(key);
    if (n.isPresent() && n.get() instanceof YMap m) {
      return m;
    }
    error(n.map(YNode::span).orElse(map.span()), "'" + key + "' must be a mapping");
    return new YMap(Map.of(), map.span());
  }

  private String requireText(YMap map, String key) {
    Optional<YNode> n = map.get(key);
    if (n.isEmpty() || !(n.get() instanceof YScalar)) {
      error(n.map(YNode::span).orElse(map.span()), "'" + key + "' is required");
      return "";
    }
    return text(n.get());
  }

  /** A field-name 'mapping': every name non-empty, and every target too unless a prefix may be dropped. */
  private Optional<Map<String, List<String>>> fieldNames(YMap map, boolean emptyTargets) {
    YMap mapping = requireMap(map, "mapping");
    Map<String, List<String>> names = stringLists(mapping);
    for (Entry e : mapping.entries().values()) {
      List<String> targets = names.get(e.key());
      if (e.key().isBlank() || targets.isEmpty() || !emptyTargets && targets.stream().anyMatch(String::isBlank)) {
        error(e.keySpan(), "a field-name mapping maps a name to one or more names; '" + e.key() + "' has none");
        return Optional.empty();
      }
    }
    return Optional.of(names);
  }

  private Optional<Pipeline.Transformation> addedConditions(YMap map) {
    YMap conditions = requireMap(map, "conditions");
    for (Entry e : conditions.entries().values()) {
      if (e.key().isBlank()) {
        error(e.keySpan(), "add_condition needs a field name for each condition");
        return Optional.empty();
      }
    }
    return Optional.of(new Pipeline.Transformation.AddCondition(values(conditions), flag(map, "negated")));
  }

  /** A list of texts (or one text), empty when absent. */
  private List<String> names(YMap map, String key) {
    return map.get(key).map(n -> n instanceof YList l ? l.items().stream().map(this::text).toList() : List.of(text(n)))
        .orElse(List.of());
  }

  /**
   * The conditions under {@code key}: a list, a map from names to conditions (pySigma allows both
   * for every kind of condition) or one condition; none when absent.
   */
  private static List<YNode> conditionNodes(YMap map, String key) {
    return map.get(key).map(n -> n instanceof YList l ? l.items() : n instanceof YMap m
        ? m.entries().values().stream().map(Entry::value).toList() : List.of(n)).orElse(List.of());
  }

  /** An {@code *_cond_op}: true for or, false for and (the default). */
  private boolean anyOf(YMap map, String key) {
    return map.get(key).map(this::text).orElse("and").equals("or");
  }

  /** A key of a {@code type} item whose value is one of two words: false for the first, true for the second. */
  private Optional<Boolean> either(YMap map, String type, String key, String first, String second) {
    String value = requireText(map, key);
    if (value.equals(first) || value.equals(second)) {
      return Optional.of(value.equals(second));
    }
    error(map.get(key).map(YNode::span).orElse(map.span()),
        type + " '" + key + "' is " + first + " or " + second + " here");
    return Optional.empty();
  }

  /** A boolean key, false when absent or not {@code true}. */
  private static boolean flag(YMap map, String key) {
    return map.get(key).map(n -> n instanceof YScalar s && Boolean.TRUE.equals(s.value())).orElse(false);
  }

  private String text(YNode n) {
    if (n instanceof YScalar s) {
      return s.text();
    }
    error(n.span(), "expected a single value here");
    return "";
  }

  private void error(Span span, String message) {
    sink.report(CHECK, Severity.ERROR, span, message);
    failed = true;
  }
}
