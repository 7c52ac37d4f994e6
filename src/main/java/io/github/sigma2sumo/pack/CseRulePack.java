package io.github.sigma2sumo.pack;

import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.CseDetection;
import io.github.sigma2sumo.compile.CseFieldUse;
import io.github.sigma2sumo.sigma.LogSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiled Cloud SIEM rules as the REST API takes them (reference sumo-cloud-siem.md §5.1): per rule
 * the endpoint ({@code sec/v1/rules/templated}, {@code threshold}, {@code chain} or
 * {@code aggregation}) and the {@code fields} object with every field of its type. A pack file is
 * {@code {"rules": [{"endpoint": ..., "fields": {...}}, ...]}}; each entry is one POST.
 */
public final class CseRulePack {
  private CseRulePack() {}

  /** One rule: its API type, the path to POST to, and its fields in API order. */
  public record PackedRule(String type, String endpoint, Map<String, Object> fields, RuleMetadata metadata) {}

  /** Named window sizes of the API, by length in milliseconds. */
  private static final Map<Long, String> WINDOWS = Map.of(300_000L, "T05M", 600_000L, "T10M", 1_800_000L, "T30M",
      3_600_000L, "T60M", 43_200_000L, "T12H", 86_400_000L, "T24H", 432_000_000L, "T05D");
  private static final long MIN_CUSTOM_WINDOW = 60_000L;
  private static final long MAX_CUSTOM_WINDOW = 432_000_000L;

  /** The rule as the API takes it, or why it cannot be packed. */
  public static PackedRule pack(CompiledRule compiled, PackOptions options) throws PackException {
    CseDetection detection = compiled.cse().orElseThrow(() -> new PackException("not compiled for Cloud SIEM"));
    CseFieldUse reads = compiled.cseFields().orElseThrow(() -> new PackException("not compiled for Cloud SIEM"));
    RuleMetadata meta = RuleMetadata.of(compiled, options.license());
    List<LogSource> sources = meta.logSource().map(List::of).orElse(List.of());
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", meta.title());
    f.put("enabled", meta.enabled());
    f.put("isPrototype", meta.prototype());
    f.put("stream", "record");
    f.put("tags", meta.mitreTags());
    if (detection instanceof CseDetection.Match m) {
      f.put("expression", m.expression());
      templated(f, meta);
      f.put("entitySelectors", selectors(reads, List.of(), sources));
      f.put("scoreMapping", constantScore(meta));
      return new PackedRule("match", "sec/v1/rules/templated", f, meta);
    } else if (detection instanceof CseDetection.Threshold t) {
      f.put("expression", t.expression());
      f.put("description", TemplateText.literal(meta.attributedDescription()));
      f.put("summaryExpression", TemplateText.literal(meta.title()));
      f.put("limit", t.limit());
      f.put("countDistinct", t.countField().isPresent());
      t.countField().ifPresent(c -> f.put("countField", c));
      f.put("groupByFields", t.groupBy());
      window(f, t.windowMillis());
      f.put("score", meta.score());
      f.put("entitySelectors", selectors(reads, t.groupBy(), sources));
      return new PackedRule("threshold", "sec/v1/rules/threshold", f, meta);
    } else if (detection instanceof CseDetection.Chain c) {
      List<Map<String, Object>> links = new ArrayList<>();
      for (CseDetection.Link l : c.links()) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("expression", l.expression());
        link.put("limit", l.limit());
        links.add(link);
      }
      f.put("expressionsAndLimits", links);
      f.put("ordered", c.ordered());
      f.put("description", TemplateText.literal(meta.attributedDescription()));
      f.put("summaryExpression", TemplateText.literal(meta.title()));
      f.put("groupByFields", c.groupBy());
      window(f, c.windowMillis());
      f.put("score", meta.score());
      f.put("entitySelectors", selectors(reads, c.groupBy(), sources));
      return new PackedRule("chain", "sec/v1/rules/chain", f, meta);
    }
    CseDetection.Aggregation a = (CseDetection.Aggregation) detection;
    f.put("matchExpression", a.matchExpression());
    List<Map<String, Object>> functions = new ArrayList<>();
    for (CseDetection.Function fn : a.functions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", fn.name());
      m.put("function", fn.function());
      m.put("arguments", fn.arguments());
      functions.add(m);
    }
    f.put("aggregationFunctions", functions);
    f.put("triggerExpression", a.trigger());
    f.put("groupByAsset", a.groupBy().isEmpty());
    f.put("groupByFields", a.groupBy());
    templated(f, meta);
    window(f, a.windowMillis());
    f.put("entitySelectors", selectors(reads, a.groupBy(), sources));
    f.put("scoreMapping", constantScore(meta));
    return new PackedRule("aggregation", "sec/v1/rules/aggregation", f, meta);
  }

  private static void templated(Map<String, Object> f, RuleMetadata meta) {
    f.put("nameExpression", TemplateText.literal(meta.title()));
    f.put("descriptionExpression", TemplateText.literal(meta.attributedDescription()));
    f.put("summaryExpression", TemplateText.literal(meta.title()));
  }

  private static Map<String, Object> constantScore(RuleMetadata meta) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "constant");
    m.put("default", meta.score());
    m.put("field", "");
    m.put("mapping", List.of());
    return m;
  }

  private static List<Map<String, Object>> selectors(CseFieldUse reads, List<String> groupBy,
      List<LogSource> sources) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (EntitySelectors.Selector s : EntitySelectors.of(reads, groupBy, sources)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entityType", s.entityType());
      m.put("expression", s.expression());
      out.add(m);
    }
    return out;
  }

  /** windowSize, named when the API has a name for the length, else CUSTOM with windowSizeMilliseconds. */
  private static void window(Map<String, Object> f, long millis) throws PackException {
    Optional<String> named = Optional.ofNullable(WINDOWS.get(millis));
    if (named.isPresent()) {
      f.put("windowSize", named.get());
    } else if (millis >= MIN_CUSTOM_WINDOW && millis <= MAX_CUSTOM_WINDOW) {
      f.put("windowSize", "CUSTOM");
      f.put("windowSizeMilliseconds", String.valueOf(millis));
    } else {
      throw new PackException("the time span of " + millis / 1000 + " s is outside what Cloud SIEM accepts "
          + "(1 minute to 5 days)");
    }
  }
}
