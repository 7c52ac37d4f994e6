package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.LineMap;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks a rule as the Cloud SIEM REST API takes it, in the shape {@code pack --format
 * cse-rules} writes ({@code {"type", "endpoint", "fields"}}; docs/packs.md, reference
 * sumo-cloud-siem.md §5.1), and prepares its expressions. Every problem names the key it is about
 * ({@code fields.limit}, {@code fields.expressionsAndLimits[1].expression}) and is reported at that
 * key's value in the body; a problem inside an expression adds the line and column in the
 * expression.
 *
 * <p>{@code type} is match (also {@code templated}), threshold, chain or aggregation; without it
 * the type is read from {@code endpoint}. First-seen and outlier rules are refused by name: they
 * compare with a learned baseline, which is not here. {@code entitySelectors} and
 * {@code groupByFields} are optional (the API requires selectors, but a rule written for a test may
 * leave them out: then nothing is grouped by entity). {@code windowSize} is one of the API's names
 * ({@code T05M} five minutes, {@code T10M}, {@code T30M}, {@code T60M} an hour, {@code T12H},
 * {@code T24H}, {@code T05D} five days) or {@code CUSTOM} with {@code windowSizeMilliseconds} from
 * 60,000 to 432,000,000 (the API's range), or a number of milliseconds, as responses give it.
 */
final class RuleBodyReader {

  private static final Map<String, Long> WINDOWS = Map.of("T05M", 300_000L, "T10M", 600_000L, "T30M", 1_800_000L,
      "T60M", 3_600_000L, "T12H", 43_200_000L, "T24H", 86_400_000L, "T05D", 432_000_000L);
  private static final long MIN_CUSTOM_WINDOW = 60_000L;
  private static final long MAX_CUSTOM_WINDOW = 432_000_000L;
  private static final Map<String, String> ENDPOINTS = Map.of("templated", "match", "match", "match", "threshold",
      "threshold", "chain", "chain", "aggregation", "aggregation", "first-seen", "first-seen", "outlier", "outlier");

  private final List<Problem> problems = new ArrayList<>();

  Prepared<CseRuleEvaluator> read(YNode body) {
    if (!(body instanceof YMap top)) {
      return Prepared.failed(List.of(new Problem(body.span(),
          "a rule is a JSON object with \"type\", \"endpoint\" and \"fields\"")));
    }
    Optional<String> type = type(top);
    Optional<YMap> fields = map(top, "fields", "fields");
    if (type.isEmpty() || fields.isEmpty()) {
      return Prepared.failed(problems);
    }
    YMap f = fields.get();
    String name = optionalString(f, "name", "fields.name").orElse("");
    List<Grouping.Selector> selectors = selectors(f);
    List<Grouping.Field> groupBy = groupBy(f);
    Optional<RuleLogic> logic = switch (type.get()) {
      case "match" -> expression(f, "expression", "fields.expression")
          .map(e -> new MatchRule(e, new Grouping(selectors, List.of(), false)));
      case "threshold" -> threshold(f, new Grouping(selectors, groupBy, true));
      case "chain" -> chain(f, new Grouping(selectors, groupBy, true));
      default -> aggregation(f, selectors, groupBy);
    };
    if (!problems.isEmpty() || logic.isEmpty()) {
      return Prepared.failed(problems);
    }
    return Prepared.of(new CseRuleEvaluator(name, logic.get()));
  }

  private Optional<String> type(YMap top) {
    Optional<String> endpoint = optionalString(top, "endpoint", "endpoint");
    Optional<String> declared = optionalString(top, "type", "type");
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> endpointType = endpoint
        .map(e -> ENDPOINTS.get(e.substring(e.lastIndexOf('/') + 1).strip().toLowerCase(Locale.ROOT)));
    if (endpoint.isPresent() && endpointType.isEmpty()) {
      problems.add(new Problem(top.get("endpoint").get().span(), "the endpoint '" + endpoint.get()
          + "' is not one of Cloud SIEM's rule endpoints (sec/v1/rules/templated, threshold, chain, aggregation)"));
      return Optional.empty();
    }
    if (declared.isEmpty() && endpointType.isEmpty()) {
      problems.add(new Problem(top.span(), "the rule has no type (match, threshold, chain or aggregation)"));
      return Optional.empty();
    }
    String type = declared.map(t -> t.strip().toLowerCase(Locale.ROOT)).map(t -> t.equals("templated") ? "match" : t)
        .orElseGet(endpointType::get);
    Span at = top.get(declared.isPresent() ? "type" : "endpoint").map(YNode::span).orElse(top.span());
    if (type.equals("first-seen") || type.equals("first_seen") || type.equals("outlier")) {
      problems.add(new Problem(at, type + " rules are not evaluated locally: they compare with a baseline that"
          + " Cloud SIEM learns over weeks"));
      return Optional.empty();
    }
    if (!Set.of("match", "threshold", "chain", "aggregation").contains(type)) {
      problems.add(new Problem(at, "unknown rule type '" + type
          + "'; the types evaluated are match, threshold, chain and aggregation"));
      return Optional.empty();
    }
    if (endpointType.isPresent() && !endpointType.get().equals(type)) {
      problems.add(new Problem(top.get("endpoint").get().span(), "the endpoint is for " + endpointType.get()
          + " rules, but the type is " + type));
      return Optional.empty();
    }
    return Optional.of(type);
  }

  private Optional<RuleLogic> threshold(YMap f, Grouping grouping) {
    Optional<CseExpression> expression = expression(f, "expression", "fields.expression");
    Optional<Long> limit = positive(f, "limit", "fields.limit");
    Optional<Long> window = window(f);
    boolean distinct = bool(f, "countDistinct", "fields.countDistinct", false);
    Optional<CseExpression> countField = Optional.empty();
    if (distinct) {
      countField = expression(f, "countField", "fields.countField");
    }
    if (expression.isEmpty() || limit.isEmpty() || window.isEmpty() || distinct && countField.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ThresholdRule(expression.get(), limit.get(), window.get(), countField, grouping));
  }

  private Optional<RuleLogic> chain(YMap f, Grouping grouping) {
    Optional<YList> list = list(f, "expressionsAndLimits", "fields.expressionsAndLimits");
    Optional<Long> window = window(f);
    boolean ordered = bool(f, "ordered", "fields.ordered", false);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<YNode> items = list.get().items();
    if (items.isEmpty() || items.size() > 64) {
      problems.add(new Problem(list.get().span(), "fields.expressionsAndLimits must hold 1 to 64 expressions, not "
          + items.size()));
      return Optional.empty();
    }
    List<CseExpression> links = new ArrayList<>();
    long[] limits = new long[items.size()];
    for (int i = 0; i < items.size(); i++) {
      String path = "fields.expressionsAndLimits[" + i + "]";
      if (!(items.get(i) instanceof YMap link)) {
        problems.add(new Problem(items.get(i).span(), path + " must be an object with expression and limit"));
        continue;
      }
      Optional<CseExpression> e = expression(link, "expression", path + ".expression");
      Optional<Long> limit = positive(link, "limit", path + ".limit");
      e.ifPresent(links::add);
      limits[i] = limit.orElse(1L);
    }
    if (window.isEmpty() || links.size() != items.size()) {
      return Optional.empty();
    }
    return Optional.of(new ChainRule(links, limits, ordered, window.get(), grouping));
  }

  private Optional<RuleLogic> aggregation(YMap f, List<Grouping.Selector> selectors, List<Grouping.Field> groupBy) {
    Optional<CseExpression> match = expression(f, AggregationRule.MATCH, "fields." + AggregationRule.MATCH);
    Optional<YList> list = list(f, "aggregationFunctions", "fields.aggregationFunctions");
    Optional<Long> window = window(f);
    boolean byAsset = bool(f, "groupByAsset", "fields.groupByAsset", true);
    List<AggregationRule.Aggregation> aggregations = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    if (list.isPresent()) {
      List<YNode> items = list.get().items();
      if (items.isEmpty()) {
        problems.add(new Problem(list.get().span(), "fields.aggregationFunctions has no aggregation"));
      }
      for (int i = 0; i < items.size(); i++) {
        aggregation(items.get(i), "fields.aggregationFunctions[" + i + "]", names).ifPresent(aggregations::add);
      }
    }
    Optional<CseExpression> trigger = expression(f, AggregationRule.TRIGGER, "fields." + AggregationRule.TRIGGER);
    trigger.ifPresent(t -> checkTrigger(t, names, f.get(AggregationRule.TRIGGER).map(YNode::span).orElse(f.span())));
    if (match.isEmpty() || list.isEmpty() || window.isEmpty() || trigger.isEmpty()
        || aggregations.size() != list.get().items().size()) {
      return Optional.empty();
    }
    return Optional.of(new AggregationRule(match.get(), aggregations, trigger.get(), window.get(),
        new Grouping(selectors, groupBy, byAsset)));
  }

  private Optional<AggregationRule.Aggregation> aggregation(YNode node, String path, Set<String> names) {
    if (!(node instanceof YMap m)) {
      problems.add(new Problem(node.span(), path + " must be an object with name, function and arguments"));
      return Optional.empty();
    }
    Optional<String> name = string(m, "name", path + ".name");
    Optional<String> function = string(m, "function", path + ".function");
    Optional<AggregateFunction> fn = function.flatMap(AggregateFunction::named);
    if (function.isPresent() && fn.isEmpty()) {
      problems.add(new Problem(m.get("function").get().span(), path + ".function '" + function.get()
          + "' is none of avg, count, count_distinct, first, last, max, min and sum"));
    }
    name.filter(n -> !names.add(n)).ifPresent(n -> problems.add(new Problem(m.get("name").get().span(),
        path + ".name '" + n + "' names another aggregation already")));
    Optional<YList> arguments = list(m, "arguments", path + ".arguments");
    Optional<CseExpression> argument = Optional.empty();
    if (arguments.isPresent()) {
      List<YNode> items = arguments.get().items();
      if (items.size() != 1) {
        problems.add(new Problem(arguments.get().span(), path + ".arguments must hold one expression, not "
            + items.size()));
      } else {
        argument = expressionText(items.get(0), path + ".arguments[0]");
      }
    }
    if (name.isEmpty() || fn.isEmpty() || argument.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AggregationRule.Aggregation(name.get(), fn.get(), argument.get(), path + ".arguments[0]"));
  }

  private void checkTrigger(CseExpression trigger, Set<String> names, Span at) {
    Set<String> unknown = new LinkedHashSet<>();
    for (Expr read : FieldReads.of(trigger.rule().condition())) {
      Expr root = read;
      while (root instanceof Expr.Index i) {
        root = i.target();
      }
      String name = ((Expr.FieldRef) root).name();
      if (!names.contains(name)) {
        unknown.add(name);
      }
    }
    for (String name : unknown) {
      problems.add(new Problem(at, "fields.triggerExpression reads '" + name + "', which is not the name of an"
          + " aggregation (" + (names.isEmpty() ? "there is none" : String.join(", ", names)) + ")"));
    }
  }

  private List<Grouping.Selector> selectors(YMap f) {
    List<Grouping.Selector> out = new ArrayList<>();
    if (f.get("entitySelectors").isEmpty()) {
      return out;
    }
    Optional<YList> list = list(f, "entitySelectors", "fields.entitySelectors");
    if (list.isEmpty()) {
      return out;
    }
    for (int i = 0; i < list.get().items().size(); i++) {
      YNode item = list.get().items().get(i);
      String path = "fields.entitySelectors[" + i + "]";
      if (!(item instanceof YMap m)) {
        problems.add(new Problem(item.span(), path + " must be an object with entityType and expression"));
        continue;
      }
      Optional<String> type = string(m, "entityType", path + ".entityType");
      Optional<CseExpression> e = expression(m, "expression", path + ".expression");
      if (type.isPresent() && e.isPresent()) {
        out.add(new Grouping.Selector(type.get(), e.get(), path + ".expression"));
      }
    }
    return out;
  }

  private List<Grouping.Field> groupBy(YMap f) {
    List<Grouping.Field> out = new ArrayList<>();
    if (f.get("groupByFields").isEmpty()) {
      return out;
    }
    Optional<YList> list = list(f, "groupByFields", "fields.groupByFields");
    if (list.isEmpty()) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.get().items().size(); i++) {
      YNode item = list.get().items().get(i);
      String path = "fields.groupByFields[" + i + "]";
      Optional<CseExpression> e = expressionText(item, path);
      if (e.isPresent() && item instanceof YScalar s && seen.add(s.text())) {
        out.add(new Grouping.Field(s.text(), e.get(), path));
      }
    }
    return out;
  }

  private Optional<Long> window(YMap f) {
    Optional<YNode> node = required(f, "windowSize", "fields.windowSize");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YScalar s && s.value() instanceof BigDecimal n) {
      return wholeIn(n, 1, Long.MAX_VALUE, node.get().span(), "fields.windowSize");
    }
    Optional<String> name = string(f, "windowSize", "fields.windowSize");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Long named = WINDOWS.get(name.get().strip().toUpperCase(Locale.ROOT));
    if (named != null) {
      return Optional.of(named);
    }
    if (!name.get().strip().equalsIgnoreCase("CUSTOM")) {
      problems.add(new Problem(node.get().span(), "fields.windowSize '" + name.get() + "' is none of T05M, T10M, T30M,"
          + " T60M, T12H, T24H, T05D and CUSTOM"));
      return Optional.empty();
    }
    Optional<YNode> millis = required(f, "windowSizeMilliseconds", "fields.windowSizeMilliseconds");
    if (millis.isEmpty()) {
      return Optional.empty();
    }
    Object value = millis.get() instanceof YScalar s ? s.value() : null;
    BigDecimal n = value instanceof BigDecimal b ? b : value instanceof String t ? Coercions.parseNumber(t) : null;
    if (n == null) {
      problems.add(new Problem(millis.get().span(), "fields.windowSizeMilliseconds must be a number of milliseconds"));
      return Optional.empty();
    }
    return wholeIn(n, MIN_CUSTOM_WINDOW, MAX_CUSTOM_WINDOW, millis.get().span(), "fields.windowSizeMilliseconds");
  }

  private Optional<CseExpression> expression(YMap map, String key, String path) {
    return required(map, key, path).flatMap(node -> expressionText(node, path));
  }

  private Optional<CseExpression> expressionText(YNode node, String path) {
    if (!(node instanceof YScalar s) || !(s.value() instanceof String text)) {
      problems.add(new Problem(node.span(), path + " must be a string holding an expression"));
      return Optional.empty();
    }
    SourceFile source = SourceFile.of(path, text);
    Prepared<CseExpression> prepared = CseExpression.parse(source);
    for (Problem p : prepared.problems()) {
      problems.add(new Problem(node.span(), path + " " + position(source, p.span()) + ": " + p.message()));
    }
    return prepared.value();
  }

  private static String position(SourceFile source, Span span) {
    if (span.isSynthetic() || span.start() > source.codePointLength()) {
      return "1:1";
    }
    LineMap lines = source.lineMap();
    return lines.line(span.start()) + ":" + lines.column(span.start());
  }

  private Optional<YNode> required(YMap map, String key, String path) {
    Entry e = map.entries().get(key);
    if (e == null) {
      problems.add(new Problem(map.span(), "the rule has no " + path));
      return Optional.empty();
    }
    return Optional.of(e.value());
  }

  private Optional<YMap> map(YMap map, String key, String path) {
    Optional<YNode> node = required(map, key, path);
    if (node.isPresent() && !(node.get() instanceof YMap)) {
      problems.add(new Problem(node.get().span(), path + " must be an object"));
      return Optional.empty();
    }
    return node.map(YMap.class::cast);
  }

  private Optional<YList> list(YMap map, String key, String path) {
    Optional<YNode> node = required(map, key, path);
    if (node.isPresent() && !(node.get() instanceof YList)) {
      problems.add(new Problem(node.get().span(), path + " must be an array"));
      return Optional.empty();
    }
    return node.map(YList.class::cast);
  }

  private Optional<String> string(YMap map, String key, String path) {
    Optional<YNode> node = required(map, key, path);
    if (node.isPresent() && !(node.get() instanceof YScalar s && s.value() instanceof String)) {
      problems.add(new Problem(node.get().span(), path + " must be a string"));
      return Optional.empty();
    }
    return node.map(n -> (String) ((YScalar) n).value());
  }

  private Optional<String> optionalString(YMap map, String key, String path) {
    return map.get(key).isEmpty() ? Optional.empty() : string(map, key, path);
  }

  private boolean bool(YMap map, String key, String path, boolean otherwise) {
    Optional<YNode> node = map.get(key);
    if (node.isEmpty() || node.get() instanceof YScalar s && s.value() == null) {
      return otherwise;
    }
    if (node.get() instanceof YScalar s && s.value() instanceof Boolean b) {
      return b;
    }
    problems.add(new Problem(node.get().span(), path + " must be true or false"));
    return otherwise;
  }

  private Optional<Long> positive(YMap map, String key, String path) {
    Optional<YNode> node = required(map, key, path);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YScalar s && s.value() instanceof BigDecimal n) {
      return wholeIn(n, 1, Integer.MAX_VALUE, s.span(), path);
    }
    problems.add(new Problem(node.get().span(), path + " must be a whole number of at least 1"));
    return Optional.empty();
  }

  private Optional<Long> wholeIn(BigDecimal n, long min, long max, Span span, String path) {
    boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    if (!whole || n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add(new Problem(span, path + " must be a whole number from " + min + " to " + max + ", not "
          + Coercions.show(n)));
      return Optional.empty();
    }
    return Optional.of(n.longValueExact());
  }
}
