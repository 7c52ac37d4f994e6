package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.LogSource;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.SigmaString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule with its pipelines applied: the scope and extraction for its log source, how each Sigma
 * field is named in Sumo, the conditions pipelines add, value replacements and placeholder values,
 * or the reason a pipeline refuses the rule.
 */
public record PreparedRule(SigmaRule rule, LogSource logSource, Optional<String> scope, Extraction extraction,
    Map<String, List<String>> fieldMapping, List<Affix> prefixes, List<Affix> suffixes, List<Drop> drops,
    List<Pipeline.Transformation.AddCondition> addedConditions, List<Replacement> replacements,
    List<ValueMapping> valueMappings, Map<String, List<String>> placeholders, Optional<String> keywordField,
    Optional<String> failure) {

  /** A field-name prefix or suffix, for the fields its item's field-name conditions select. */
  public record Affix(String text, Pipeline.FieldCondition fields) {}

  /** A drop_detection_item: the items of the fields and with the values its conditions select. */
  public record Drop(Pipeline.FieldCondition fields, ItemCondition.Filter items) {
    boolean test(Detection.Item item) {
      // a keyword item has no field: only a drop without field-name conditions can select it
      boolean field = item.field().map(fields::test).orElse(fields.tests().isEmpty());
      return field && items.test(item);
    }
  }

  /** A replace_string, for the items its detection-item conditions select. */
  public record Replacement(Pipeline.Transformation.ReplaceString replace, ItemCondition.Filter items) {}

  /** A map_string, for the items its detection-item conditions select. */
  public record ValueMapping(Map<String, List<String>> mapping, ItemCondition.Filter items) {}

  /** Applies every item of {@code pipelines} (already ordered) whose rule conditions hold. */
  public static PreparedRule prepare(SigmaRule rule, List<Pipeline> pipelines) {
    LogSource logSource = rule.logSource();
    Optional<String> scope = Optional.empty();
    Extraction extraction = Extraction.NONE;
    List<Map<String, List<String>>> mappings = new ArrayList<>();
    List<Affix> prefixes = new ArrayList<>();
    List<Affix> suffixes = new ArrayList<>();
    List<Drop> drops = new ArrayList<>();
    List<Pipeline.Transformation.AddCondition> added = new ArrayList<>();
    List<Replacement> replacements = new ArrayList<>();
    Map<String, List<String>> placeholders = new LinkedHashMap<>();
    List<ValueMapping> valueMappings = new ArrayList<>();
    Optional<String> keywordField = Optional.empty();
    Optional<String> failure = Optional.empty();
    for (Pipeline p : pipelines) {
      for (Pipeline.Item item : p.items()) {
        if (!item.appliesTo(rule, logSource)) {
          continue;
        }
        Pipeline.Transformation t = item.transformation();
        if (t instanceof Pipeline.Transformation.FieldNameMapping m) {
          Map<String, List<String>> selected = new LinkedHashMap<>();
          m.mapping().forEach((field, targets) -> {
            if (item.fields().test(field)) {
              selected.put(field, targets);
            }
          });
          mappings.add(selected);
        } else if (t instanceof Pipeline.Transformation.FieldNamePrefix pre) {
          prefixes.add(new Affix(pre.prefix(), item.fields()));
        } else if (t instanceof Pipeline.Transformation.FieldNameSuffix suf) {
          suffixes.add(new Affix(suf.suffix(), item.fields()));
        } else if (t instanceof Pipeline.Transformation.DropDetectionItem) {
          drops.add(new Drop(item.fields(), item.items()));
        } else if (t instanceof Pipeline.Transformation.AddCondition a) {
          added.add(a);
        } else if (t instanceof Pipeline.Transformation.ChangeLogSource c) {
          logSource = c.logSource();
        } else if (t instanceof Pipeline.Transformation.ReplaceString r) {
          replacements.add(new Replacement(r, item.items()));
        } else if (t instanceof Pipeline.Transformation.MapString m) {
          valueMappings.add(new ValueMapping(m.mapping(), item.items()));
        } else if (t instanceof Pipeline.Transformation.ValuePlaceholders v) {
          placeholders.putAll(v.values());
        } else if (t instanceof Pipeline.Transformation.RuleFailure f) {
          failure = failure.or(() -> Optional.of(f.message() + " (pipeline " + p.name() + ")"));
        } else if (t instanceof Pipeline.Transformation.SumoScope s) {
          scope = Optional.of(s.scope());
        } else if (t instanceof Pipeline.Transformation.SumoExtraction e) {
          extraction = e.extraction();
        } else if (t instanceof Pipeline.Transformation.CseKeywordField k) {
          keywordField = Optional.of(k.field());
        }
      }
    }
    return new PreparedRule(rule, logSource, scope, extraction, compose(mappings), prefixes, suffixes, drops, added,
        replacements, valueMappings, placeholders, keywordField, failure);
  }

  /** The Sumo names of a Sigma field: mappings chained in order, then prefixes and suffixes. */
  public List<String> sumoNames(String sigmaField) {
    List<String> names = fieldMapping.getOrDefault(sigmaField, List.of(sigmaField));
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      for (Affix p : prefixes) {
        n = p.fields().test(sigmaField) ? p.text() + n : n;
      }
      for (Affix s : suffixes) {
        n = s.fields().test(sigmaField) ? n + s.text() : n;
      }
      out.add(n);
    }
    return out;
  }

  /** True when a drop_detection_item of the pipelines removes {@code item}. */
  public boolean drops(Detection.Item item) {
    for (Drop d : drops) {
      if (d.test(item)) {
        return true;
      }
    }
    return false;
  }

  /** A string value of {@code item} after the pipelines' replace_string items (on literal parts only). */
  public SigmaString replaceStrings(SigmaString value, Detection.Item item) {
    SigmaString out = value;
    for (Replacement r : replacements) {
      if (r.items().test(item)) {
        Pattern regex = r.replace().regex();
        String replacement = r.replace().replacement();
        out = out.mapLiterals(s -> regex.matcher(s).replaceAll(replacement));
      }
    }
    return out;
  }

  /** What the pipelines' map_string items map a plain value of {@code item} to; the last item to map it wins. */
  public Optional<List<String>> mappedValue(String plain, Detection.Item item) {
    for (int i = valueMappings.size() - 1; i >= 0; i--) {
      ValueMapping m = valueMappings.get(i);
      if (m.mapping().containsKey(plain) && m.items().test(item)) {
        return Optional.of(m.mapping().get(plain));
      }
    }
    return Optional.empty();
  }

  /** Chains mappings: a name mapped by the first and again by the second ends at the second's target. */
  private static Map<String, List<String>> compose(List<Map<String, List<String>>> mappings) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map<String, List<String>> m : mappings) {
      for (Map.Entry<String, List<String>> e : out.entrySet()) {
        List<String> next = new ArrayList<>();
        for (String target : e.getValue()) {
          next.addAll(m.getOrDefault(target, List.of(target)));
        }
        e.setValue(next);
      }
      m.forEach(out::putIfAbsent);
    }
    return out;
  }
}
