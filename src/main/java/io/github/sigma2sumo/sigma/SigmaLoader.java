package io.github.sigma2sumo.sigma;

import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Sigma files: detection rules, correlation rules, and the legacy collection actions
 * {@code global}/{@code reset}/{@code repeat} (reference sigma.md §1.5). Every problem becomes a
 * diagnostic at its line and column; a document with an error yields no rule, the other documents
 * of the file still load. Validation of metadata that does not stop compilation (missing id, bad
 * date...) is reported as warnings under {@link #METADATA}.
 */
public final class SigmaLoader {
  public static final String SYNTAX = "sigma-syntax";
  public static final String MODIFIER = "sigma-modifier";
  public static final String CONDITION = "sigma-condition";
  public static final String METADATA = "sigma-metadata";
  public static final String WILDCARD = "sigma-wildcard";
  public static final String VALUE = "sigma-value";
  public static final String FIELD = "sigma-field";

  /** What a file holds. */
  public record Loaded(List<SigmaRule> rules, List<SigmaCorrelation> correlations, List<SigmaFilter> filters) {}

  private static final Set<String> STATUS = Set.of("stable", "test", "experimental", "deprecated", "unsupported");
  private static final Set<String> LEVEL = Set.of("informational", "low", "medium", "high", "critical");
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])");
  private static final Pattern TAG = Pattern.compile("[a-z0-9_-]+\\.[a-z0-9._-]+");
  /** T1567.002 in text, or techniques/T1567/002 in an attack.mitre.org address. */
  private static final Pattern TECHNIQUE = Pattern.compile("(?<![A-Za-z0-9])T(\\d{4})(?:[./](\\d{3}))?(?![0-9])");
  /** A hundred years: no log search or Cloud SIEM window comes near, and it keeps sums of windows in a long. */
  private static final long MAX_TIMESPAN_SECONDS = 100L * 31556952L;
  private static final Pattern TIMESPAN = Pattern.compile("(\\d+)([smhdwMy])");

  private final SourceFile source;
  private final DiagnosticSink sink;
  /** The schema of the rule being read, when its log source has one: field names are checked against it. */
  private Optional<FieldSpelling> fieldSpelling = Optional.empty();

  private SigmaLoader(SourceFile source, DiagnosticSink sink) {
    this.source = source;
    this.sink = sink;
  }

  /** A problem that makes the current document unusable. */
  private static final class Stop extends Exception {
    Stop() {
      super(null, null, false, false);
    }
  }

  public static Loaded load(SourceFile source, DiagnosticSink sink) {
    return new SigmaLoader(source, sink).load();
  }

  private Loaded load() {
    List<SigmaRule> rules = new ArrayList<>();
    List<SigmaCorrelation> correlations = new ArrayList<>();
    List<SigmaFilter> filters = new ArrayList<>();
    List<YNode> documents;
    try {
      documents = YamlTree.documents(source.text());
    } catch (YamlTree.YamlException e) {
      sink.report(SYNTAX, Severity.ERROR, e.span(), e.getMessage());
      return new Loaded(rules, correlations, filters);
    }
    Optional<String> foreign = ForeignYaml.reason(documents);
    if (foreign.isPresent()) {
      sink.report(SYNTAX, Severity.ERROR, documents.get(0).span(), "not a Sigma rule: " + foreign.get());
      return new Loaded(rules, correlations, filters);
    }
    YMap global = null;
    YMap previous = null;
    for (YNode doc : documents) {
      if (doc instanceof YScalar s && s.value() == null) {
        continue; // an empty document, such as after a trailing '---'
      }
      if (!(doc instanceof YMap map)) {
        sink.report(SYNTAX, Severity.ERROR, doc.span(), "a Sigma document is a mapping of attributes");
        continue;
      }
      Optional<String> action = map.get("action").filter(YScalar.class::isInstance).map(n -> ((YScalar) n).text());
      YMap effective = map;
      if (action.isPresent()) {
        switch (action.get()) {
          case "global" -> {
            global = without(map, "action");
            continue;
          }
          case "reset" -> {
            global = null;
            continue;
          }
          case "repeat" -> {
            if (previous == null) {
              sink.report(SYNTAX, Severity.ERROR, map.entries().get("action").keySpan(),
                  "'action: repeat' needs a rule before it to repeat");
              continue;
            }
            effective = merge(previous, without(map, "action"), map.span());
          }
          default -> {
            sink.report(SYNTAX, Severity.ERROR, map.get("action").get().span(), "unknown collection action '"
                + action.get() + "'; Sigma has global, reset and repeat");
            continue;
          }
        }
      }
      fieldSpelling = Optional.empty();
      try {
        if (effective.entries().containsKey("correlation")) {
          correlations.add(correlation(effective));
        } else if (effective.entries().containsKey("filter")) {
          filters.add(filter(effective));
        } else {
          if (global != null && action.isEmpty()) {
            effective = merge(effective, global, effective.span());
          }
          previous = effective;
          rules.add(rule(effective));
        }
      } catch (Stop stop) {
        // reported; the next document still loads
      }
    }
    return new Loaded(rules, correlations, filters);
  }

  // --- filters -------------------------------------------------------------------------------

  private SigmaFilter filter(YMap doc) throws Stop {
    String title = requiredString(doc, "title");
    LogSource logSource = logSource(doc);
    YMap f = requiredMap(doc, "filter");
    List<String> rules = f.get("rules").map(n -> n instanceof YScalar s ? List.of(s.text()) : strings(f, "rules"))
        .orElse(List.of());
    List<Span> ruleSpans = f.get("rules").map(this::nameSpans).orElse(List.of());
    Map<String, Detection> detections = new LinkedHashMap<>();
    boolean ok = true;
    for (Entry e : f.entries().values()) {
      if (e.key().equals("rules") || e.key().equals("condition")) {
        continue;
      }
      try {
        detections.put(e.key(), detection(e.value(), 0));
      } catch (Stop stop) {
        ok = false;
      }
    }
    if (f.get("condition").isPresent() && !(f.get("condition").get() instanceof YScalar)) {
      throw error(f.get("condition").get().span(), "a filter's condition is one string");
    }
    Set<String> names = new java.util.LinkedHashSet<>(f.entries().keySet());
    names.remove("rules");
    names.remove("condition");
    List<SigmaRule.ParsedCondition> conditions = conditions(f, names);
    if (!ok) {
      throw new Stop();
    }
    return new SigmaFilter(source, doc.span(), title, optionalString(doc, "id"), logSource, rules, ruleSpans,
        detections, conditions.get(0));
  }

  // --- detection rules -----------------------------------------------------------------------

  private SigmaRule rule(YMap doc) throws Stop {
    String title = requiredString(doc, "title");
    if (title.length() > 256) {
      warn(doc.get("title").get().span(), "the title is " + title.length() + " characters; Sigma allows 256");
    }
    metadata(doc);
    LogSource logSource = logSource(doc);
    fieldSpelling = FieldSpelling.of(logSource);
    YMap detection = requiredMap(doc, "detection");
    Map<String, Detection> detections = new LinkedHashMap<>();
    boolean ok = true;
    for (Entry e : detection.entries().values()) {
      if (e.key().equals("condition")) {
        continue;
      }
      if (e.key().equals("timeframe")) {
        warn(e.keySpan(), "'timeframe' belongs to the Sigma 1 aggregation syntax; use a correlation rule");
        continue;
      }
      try {
        detections.put(e.key(), detection(e.value(), 0));
      } catch (Stop stop) {
        ok = false;
      }
    }
    // identifiers whose values failed still exist: no second error for the condition naming them
    Set<String> names = new java.util.LinkedHashSet<>(detection.entries().keySet());
    names.remove("condition");
    List<SigmaRule.ParsedCondition> conditions = conditions(detection, names);
    if (!ok || conditions.isEmpty()) {
      throw new Stop();
    }
    return new SigmaRule(source, doc.span(), title, optionalString(doc, "id"), optionalString(doc, "name"),
        optionalString(doc, "status"), optionalString(doc, "level"), optionalString(doc, "description"),
        optionalString(doc, "author"), strings(doc, "references"), strings(doc, "tags"),
        strings(doc, "falsepositives"), optionalString(doc, "date"), optionalString(doc, "license"), logSource, detections,
        conditions, keySpans(doc, Optional.empty()));
  }

  private Detection detection(YNode node, int depth) throws Stop {
    if (node instanceof YMap map) {
      List<Detection> items = new ArrayList<>();
      boolean ok = true;
      for (Entry e : map.entries().values()) {
        try {
          items.add(item(e));
        } catch (Stop stop) {
          ok = false;
        }
      }
      if (!ok) {
        throw new Stop();
      }
      if (items.isEmpty()) {
        throw error(map.span(), "an empty search identifier matches nothing; give it field: value items");
      }
      return items.size() == 1 ? items.get(0) : new Detection.AllOf(items, map.span());
    } else if (node instanceof YList list) {
      if (list.items().isEmpty()) {
        throw error(list.span(), "an empty list matches nothing");
      }
      if (depth > 0) {
        throw error(list.span(), "a list inside a list is not a Sigma detection");
      }
      boolean allScalars = list.items().stream().allMatch(YScalar.class::isInstance);
      if (allScalars) {
        return keywords(list.items(), list.span());
      }
      List<Detection> parts = new ArrayList<>();
      for (YNode item : list.items()) {
        parts.add(item instanceof YScalar ? keywords(List.of(item), item.span()) : detection(item, depth + 1));
      }
      return new Detection.AnyOf(parts, list.span());
    }
    return keywords(List.of(node), node.span());
  }

  private Detection keywords(List<YNode> values, Span span) throws Stop {
    List<Object> raw = new ArrayList<>();
    for (YNode v : values) {
      raw.add(((YScalar) v).value());
    }
    return applyModifiers(Optional.empty(), List.of(), raw, span, span);
  }

  private Detection item(Entry e) throws Stop {
    String[] parts = e.key().split("\\|", -1);
    String field = parts[0];
    List<String> modifiers = new ArrayList<>(List.of(parts).subList(1, parts.length));
    List<Object> raw = new ArrayList<>();
    if (e.value() instanceof YList list) {
      for (YNode v : list.items()) {
        if (!(v instanceof YScalar s)) {
          throw error(v.span(), "a value of '" + e.key() + "' must be a string, number, boolean or null");
        }
        raw.add(s.value());
      }
      if (raw.isEmpty()) {
        raw.add(null); // pySigma reads an empty list as null
      }
    } else if (e.value() instanceof YScalar s) {
      raw.add(s.value());
    } else {
      throw error(e.value().span(), "the value of '" + e.key() + "' must be a value or a list of values, not a mapping");
    }
    if (field.isEmpty() && modifiers.isEmpty()) {
      throw error(e.keySpan(), "an empty field name; keyword searches are written as a list of values");
    }
    if (!field.isEmpty() && fieldSpelling.isPresent()) {
      int quote = e.keySpan().end() - e.keySpan().start() > e.key().codePointCount(0, e.key().length()) ? 1 : 0;
      int start = e.keySpan().start() + quote;
      Span fieldSpan = new Span(start, start + field.codePointCount(0, field.length()));
      fieldSpelling.get().check(field).ifPresent(m -> sink.report(FIELD, Severity.WARNING, fieldSpan, m));
    }
    return applyModifiers(field.isEmpty() ? Optional.empty() : Optional.of(field), modifiers, raw, e.keySpan(),
        new Span(e.keySpan().start(), e.value().span().end()));
  }

  private Detection applyModifiers(Optional<String> field, List<String> modifiers, List<Object> raw, Span keySpan,
      Span span) throws Stop {
    if (modifiers.contains("")) {
      throw error(keySpan, "an empty modifier ('||' or a trailing '|')");
    }
    checkValues(field, modifiers, raw, span);
    try {
      Modifiers.Result r = Modifiers.apply(modifiers, raw);
      if (field.isEmpty() && r.values().stream().anyMatch(v -> v instanceof SigmaValue.Exists
          || v instanceof SigmaValue.FieldRef)) {
        throw error(keySpan, "'exists' and 'fieldref' need a field");
      }
      return new Detection.Item(field, modifiers, r.values(), r.all(), r.negated(), span);
    } catch (Modifiers.ModifierException ex) {
      sink.report(MODIFIER, Severity.ERROR, keySpan, ex.getMessage());
      throw new Stop();
    }
  }

  /** Values that are legal but almost certainly not what the author meant (sigma.md §9). */
  private void checkValues(Optional<String> field, List<String> modifiers, List<Object> raw, Span span) {
    for (Object v : raw) {
      if (!(v instanceof String s)) {
        continue;
      }
      if (modifiers.isEmpty() && !s.isEmpty() && s.isBlank()) {
        sink.report(VALUE, Severity.WARNING, span, "a value of only whitespace ('" + s.replace("\t", "\\t")
            + "') is hardly meant; an empty field is written ''");
      }
      if (modifiers.isEmpty() && field.isPresent() && s.length() > 1) {
        boolean leading = s.startsWith("*");
        boolean trailing = s.endsWith("*") && !s.endsWith("\\*");
        String inner = s.substring(leading ? 1 : 0, s.length() - (trailing ? 1 : 0));
        if ((leading || trailing) && !inner.isEmpty() && inner.indexOf('*') < 0 && inner.indexOf('?') < 0) {
          String modifier = leading && trailing ? "contains" : leading ? "endswith" : "startswith";
          sink.report(WILDCARD, Severity.WARNING, span, "'" + s + "' uses wildcards where |" + modifier
              + " says it: write " + field.get() + "|" + modifier + ": '" + inner + "'");
        }
      }
    }
  }

  private List<SigmaRule.ParsedCondition> conditions(YMap detection, Set<String> identifiers) throws Stop {
    Optional<YNode> node = detection.get("condition");
    if (node.isEmpty()) {
      throw error(detection.span(), "the detection has no 'condition'");
    }
    List<YScalar> texts = new ArrayList<>();
    if (node.get() instanceof YList list) {
      for (YNode n : list.items()) {
        if (!(n instanceof YScalar s) || !(s.value() instanceof String)) {
          throw error(n.span(), "a condition is a string");
        }
        texts.add(s);
      }
    } else if (node.get() instanceof YScalar s && s.value() instanceof String) {
      texts.add(s);
    } else {
      throw error(node.get().span(), "the condition is a string or a list of strings");
    }
    List<SigmaRule.ParsedCondition> out = new ArrayList<>();
    boolean ok = true;
    for (YScalar s : texts) {
      int offset = s.span().start() + (s.quoted() ? 1 : 0);
      ConditionParser.Result r = ConditionParser.parse(s.text());
      if (r.error().isPresent()) {
        Span at = r.error().get().span();
        sink.report(CONDITION, Severity.ERROR, new Span(offset + at.start(), offset + at.end()),
            r.error().get().message());
        ok = false;
        continue;
      }
      ok &= checkReferences(r.condition().get(), identifiers, offset);
      out.add(new SigmaRule.ParsedCondition(r.condition().get(), s.span(), offset));
    }
    if (!ok) {
      throw new Stop();
    }
    return out;
  }

  /** Every identifier exists and every selector pattern matches one (an empty selector is an error). */
  private boolean checkReferences(Condition c, Set<String> identifiers, int offset) {
    boolean ok = true;
    if (c instanceof Condition.Ref ref && !identifiers.contains(ref.name())) {
      String hint = io.github.sigma2sumo.diag.Suggestions.closest(ref.name(), identifiers)
          .map(s -> "; did you mean '" + s + "'?").orElse("");
      sink.report(CONDITION, Severity.ERROR, shift(ref.span(), offset),
          "'" + ref.name() + "' is not a search identifier of this detection" + hint);
      ok = false;
    } else if (c instanceof Condition.Selector sel && Selectors.matching(sel, identifiers).isEmpty()) {
      sink.report(CONDITION, Severity.ERROR, shift(sel.span(), offset), "'" + sel.pattern()
          + "' matches no search identifier, so this selector would silently vanish");
      ok = false;
    } else if (c instanceof Condition.Not n) {
      ok = checkReferences(n.operand(), identifiers, offset);
    } else if (c instanceof Condition.And a) {
      for (Condition t : a.terms()) {
        ok &= checkReferences(t, identifiers, offset);
      }
    } else if (c instanceof Condition.Or o) {
      for (Condition t : o.terms()) {
        ok &= checkReferences(t, identifiers, offset);
      }
    }
    return ok;
  }

  private static Span shift(Span span, int offset) {
    return new Span(offset + span.start(), offset + span.end());
  }

  private LogSource logSource(YMap doc) throws Stop {
    YMap ls = requiredMap(doc, "logsource");
    LogSource out = new LogSource(optionalString(ls, "category"), optionalString(ls, "product"),
        optionalString(ls, "service"));
    if (out.category().isEmpty() && out.product().isEmpty() && out.service().isEmpty()) {
      throw error(ls.span(), "the logsource needs a category, a product or a service");
    }
    return out;
  }

  /** Metadata that is wrong but does not stop compilation: warnings. */
  private void metadata(YMap doc) {
    checkValue(doc, "id", v -> UUID.matcher(v).matches(), "the id should be a UUID");
    checkValue(doc, "status", STATUS::contains, "status is one of " + String.join(", ", new java.util.TreeSet<>(STATUS)));
    checkValue(doc, "level", LEVEL::contains, "level is one of informational, low, medium, high, critical");
    checkValue(doc, "date", v -> DATE.matcher(v).matches(), "the date is written YYYY-MM-DD");
    checkValue(doc, "modified", v -> DATE.matcher(v).matches(), "the date is written YYYY-MM-DD");
    doc.get("tags").filter(YList.class::isInstance).ifPresent(tags -> {
      for (YNode t : ((YList) tags).items()) {
        if (t instanceof YScalar s && !TAG.matcher(s.text()).matches()) {
          warn(t.span(), "'" + s.text() + "' is not a tag: lower case, namespace.name (attack.t<number>, attack.<tactic>)");
        }
      }
    });
    for (String key : List.of("status", "level", "date", "description", "author")) {
      if (doc.get(key).isEmpty() && !doc.entries().containsKey("correlation")) {
        warn(new Span(doc.span().start(), doc.span().start()), "the rule has no '" + key + "'");
      }
    }
    if (doc.get("tags").isEmpty() && !doc.entries().containsKey("correlation")) {
      List<String> named = techniquesNamed(doc);
      warn(new Span(doc.span().start(), doc.span().start()), "the rule has no tags; give at least its ATT&CK "
          + "technique and tactic" + (named.isEmpty() ? " (attack.t<number> and attack.<tactic>)"
          : ", such as " + String.join(", ", named) + ", which the rule names"));
    }
    if (doc.get("id").isEmpty()) {
      warn(new Span(doc.span().start(), doc.span().start()), "the rule has no id; give it a UUID so that "
          + "output files and correlations can name it");
    }
  }

  /**
   * The ATT&CK techniques a rule names in its references (attack.mitre.org/techniques/T1567/002),
   * title or description (T1567.002), as tags: a suggestion only ever comes from the rule itself.
   */
  private static List<String> techniquesNamed(YMap doc) {
    StringBuilder text = new StringBuilder();
    for (String key : List.of("title", "description", "references")) {
      doc.get(key).ifPresent(n -> {
        if (n instanceof YScalar s) {
          text.append(s.text()).append('\n');
        } else if (n instanceof YList l) {
          l.items().forEach(i -> text.append(i instanceof YScalar s ? s.text() : "").append('\n'));
        }
      });
    }
    java.util.Set<String> found = new java.util.TreeSet<>();
    Matcher m = TECHNIQUE.matcher(text);
    while (m.find()) {
      found.add("attack.t" + m.group(1) + (m.group(2) != null ? "." + m.group(2) : ""));
    }
    return List.copyOf(found);
  }

  private void checkValue(YMap doc, String key, java.util.function.Predicate<String> ok, String message) {
    doc.get(key).ifPresent(n -> {
      if (!(n instanceof YScalar s) || !ok.test(s.text())) {
        warn(n.span(), "'" + key + "': " + message);
      }
    });
  }

  // --- correlation rules ---------------------------------------------------------------------

  private SigmaCorrelation correlation(YMap doc) throws Stop {
    String title = requiredString(doc, "title");
    metadata(doc);
    YMap c = requiredMap(doc, "correlation");
    String typeText = requiredString(c, "type");
    SigmaCorrelation.Type type = SigmaCorrelation.Type.of(typeText).orElseThrow(() -> error(c.get("type").get().span(),
        "unknown correlation type '" + typeText + "'; Sigma has event_count, value_count, temporal, "
            + "temporal_ordered, value_sum, value_avg, value_percentile"));
    YNode rulesNode = c.get("rules").orElseThrow(() -> error(c.span(), "the correlation has no 'rules'"));
    List<String> rules = rulesNode instanceof YScalar s ? List.of(s.text()) : strings(c, "rules");
    List<Span> ruleSpans = nameSpans(rulesNode);
    if (rules.isEmpty()) {
      throw error(rulesNode.span(), "the correlation refers to no rules");
    }
    if ((type == SigmaCorrelation.Type.TEMPORAL || type == SigmaCorrelation.Type.TEMPORAL_ORDERED) && rules.size() < 2) {
      throw error(rulesNode.span(), "a temporal correlation needs at least two rules");
    }
    List<String> groupBy = c.get("group-by").map(n -> n instanceof YScalar s ? List.of(s.text()) : strings(c, "group-by"))
        .orElse(List.of());
    String timespan = requiredString(c, "timespan");
    var m = TIMESPAN.matcher(timespan);
    if (!m.matches()) {
      throw error(c.get("timespan").get().span(), "timespan is a number and a unit s, m, h, d, w, M or y, such as 1h");
    }
    long unit = switch (m.group(2)) {
      case "s" -> 1L;
      case "m" -> 60L;
      case "h" -> 3600L;
      case "d" -> 86400L;
      case "w" -> 604800L;
      case "M" -> 2629746L;
      default -> 31556952L;
    };
    long seconds;
    try {
      seconds = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    } catch (ArithmeticException | NumberFormatException e) {
      seconds = -1;
    }
    if (seconds <= 0 || seconds > MAX_TIMESPAN_SECONDS) {
      throw error(c.get("timespan").get().span(), "timespan must be from 1s to 100y; '" + timespan + "' is not");
    }
    SigmaCorrelation.Threshold threshold;
    List<String> fields = List.of();
    Optional<YNode> condNode = c.get("condition");
    if (condNode.isEmpty()) {
      if (type != SigmaCorrelation.Type.TEMPORAL && type != SigmaCorrelation.Type.TEMPORAL_ORDERED) {
        throw error(c.span(), "the correlation has no 'condition'");
      }
      threshold = new SigmaCorrelation.Threshold("gte", BigDecimal.valueOf(rules.size()), Optional.empty());
    } else if (condNode.get() instanceof YMap cond) {
      List<String> ops = new ArrayList<>();
      for (String op : List.of("gt", "gte", "lt", "lte", "eq", "neq")) {
        if (cond.entries().containsKey(op)) {
          ops.add(op);
        }
      }
      // the specification shows a range (gt: 100 with lte: 200); pySigma takes one comparison only
      boolean range = ops.size() == 2 && ops.get(0).startsWith("gt") && ops.get(1).startsWith("lt");
      if (ops.size() != 1 && !range) {
        throw error(cond.span(), "the condition needs one of gt, gte, lt, lte, eq, neq, or a range: gt or gte "
            + "with lt or lte");
      }
      List<BigDecimal> numbers = new ArrayList<>();
      for (String op : ops) {
        YNode value = cond.get(op).get();
        if (!(value instanceof YScalar vs && vs.value() instanceof BigDecimal n)) {
          throw error(value.span(), "the threshold is a number");
        }
        numbers.add(n);
      }
      if (range) {
        int order = numbers.get(0).compareTo(numbers.get(1));
        boolean closed = ops.get(0).equals("gte") && ops.get(1).equals("lte");
        if (order > 0 || order == 0 && !closed) {
          throw error(cond.span(), "the range is empty: nothing is " + ops.get(0) + " " + numbers.get(0).toPlainString()
              + " and " + ops.get(1) + " " + numbers.get(1).toPlainString());
        }
      }
      Optional<BigDecimal> percentile = cond.get("percentile").filter(YScalar.class::isInstance)
          .map(p -> ((YScalar) p).value()).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast);
      threshold = new SigmaCorrelation.Threshold(ops.get(0), numbers.get(0), percentile,
          range ? Optional.of(new SigmaCorrelation.Bound(ops.get(1), numbers.get(1))) : Optional.empty());
      fields = cond.get("field").map(f -> f instanceof YScalar s ? List.of(s.text()) : strings(cond, "field"))
          .orElse(List.of());
    } else {
      throw error(condNode.get().span(), "an extended (string) correlation condition is not supported; write "
          + "a threshold such as 'gte: 2'");
    }
    if (type.needsField() && fields.isEmpty()) {
      throw error(condNode.map(YNode::span).orElse(c.span()), "a " + type.yaml() + " correlation needs 'field' in its condition");
    }
    Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
    c.get("aliases").filter(YMap.class::isInstance).ifPresent(a -> ((YMap) a).entries().values().forEach(e -> {
      Map<String, String> perRule = new LinkedHashMap<>();
      if (e.value() instanceof YMap rm) {
        rm.entries().values().forEach(r -> perRule.put(r.key(), r.value() instanceof YScalar s ? s.text() : ""));
      }
      aliases.put(e.key(), perRule);
    }));
    boolean generate = c.get("generate").or(() -> doc.get("generate")).filter(YScalar.class::isInstance)
        .map(g -> Boolean.TRUE.equals(((YScalar) g).value())).orElse(false);
    return new SigmaCorrelation(source, doc.span(), title, optionalString(doc, "id"), optionalString(doc, "name"),
        optionalString(doc, "status"), optionalString(doc, "level"), optionalString(doc, "description"),
        optionalString(doc, "author"), optionalString(doc, "license"), strings(doc, "tags"), type, rules,
        ruleSpans, groupBy, c.get("group-by").map(YNode::span).orElse(c.span()), timespan, seconds, threshold,
        fields, aliases, generate, keySpans(doc, Optional.of(c)));
  }

  // --- helpers -------------------------------------------------------------------------------

  /** The span of each top-level key, and of each key of the correlation map as "correlation.key". */
  private static Map<String, Span> keySpans(YMap doc, Optional<YMap> correlation) {
    Map<String, Span> spans = new HashMap<>();
    doc.entries().values().forEach(e -> spans.put(e.key(), e.keySpan()));
    correlation.ifPresent(c -> c.entries().values().forEach(e -> spans.put("correlation." + e.key(), e.keySpan())));
    return spans;
  }

  /**
   * Where each rule of a correlation's or filter's {@code rules} is named, in the order of the names
   * that {@link #strings} keeps (a scalar names one rule), for a diagnostic about one of them.
   */
  private List<Span> nameSpans(YNode rules) {
    List<Span> spans = new ArrayList<>();
    if (rules instanceof YList list) {
      list.items().stream().filter(YScalar.class::isInstance).forEach(item -> spans.add(item.span()));
    } else {
      spans.add(rules.span());
    }
    return spans;
  }

  private String requiredString(YMap map, String key) throws Stop {
    YNode n = map.get(key).orElseThrow(() -> error(map.span(), "'" + key + "' is missing"));
    if (!(n instanceof YScalar s) || s.value() == null || s.text().isBlank()) {
      throw error(n.span(), "'" + key + "' must be a non-empty string");
    }
    return s.text();
  }

  private YMap requiredMap(YMap map, String key) throws Stop {
    YNode n = map.get(key).orElseThrow(() -> error(new Span(map.span().start(), map.span().start()),
        "'" + key + "' is missing"));
    if (!(n instanceof YMap m)) {
      throw error(n.span(), "'" + key + "' must be a mapping");
    }
    return m;
  }

  private static Optional<String> optionalString(YMap map, String key) {
    return map.get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).text()).filter(s -> !s.isEmpty());
  }

  private List<String> strings(YMap map, String key) {
    Optional<YNode> n = map.get(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof YScalar s) {
      return s.value() == null ? List.of() : List.of(s.text());
    }
    List<String> out = new ArrayList<>();
    if (n.get() instanceof YList list) {
      for (YNode item : list.items()) {
        if (item instanceof YScalar s) {
          out.add(s.text());
        } else {
          warn(item.span(), "'" + key + "' lists strings");
        }
      }
    }
    return out;
  }

  /**
   * {@code over} deep-merged into {@code base}; on a conflict of values {@code over} wins. The
   * result is located at {@code span}, the document that becomes the rule.
   */
  private static YMap merge(YMap base, YMap over, Span span) {
    Map<String, Entry> out = new LinkedHashMap<>(base.entries());
    for (Entry e : over.entries().values()) {
      Entry existing = out.get(e.key());
      if (existing != null && existing.value() instanceof YMap a && e.value() instanceof YMap b) {
        out.put(e.key(), new Entry(e.key(), existing.keySpan(), merge(a, b, a.span())));
      } else {
        out.put(e.key(), e);
      }
    }
    return new YMap(out, span);
  }

  private static YMap without(YMap map, String key) {
    Map<String, Entry> out = new LinkedHashMap<>(map.entries());
    out.remove(key);
    return new YMap(out, map.span());
  }

  private Stop error(Span span, String message) {
    sink.report(SYNTAX, Severity.ERROR, span, message);
    return new Stop();
  }

  private void warn(Span span, String message) {
    sink.report(METADATA, Severity.WARNING, span, message);
  }
}
