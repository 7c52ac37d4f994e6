package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.LogSource;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.SigmaString;
import io.github.sigma2sumo.sigma.SigmaValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule with its pipelines applied: the scope and extraction for its log source, how each Sigma
 * field is named in Sumo, the conditions pipelines add, value replacements and placeholder values,
 * or the reason a pipeline refuses the rule. {@code extractionPipeline} names the pipeline whose
 * extraction applies: what the fields are read from, and so how events must be written to test it.
 */
public record PreparedRule(SigmaRule rule, LogSource logSource, Optional<String> scope, Extraction extraction,
    List<NameStep> nameSteps, List<Drop> drops, List<ValueStep> valueSteps,
    List<Pipeline.Transformation.AddCondition> addedConditions, List<Replacement> replacements,
    List<ValueMapping> valueMappings, List<Pipeline.Transformation.Placeholders> placeholderSteps,
    Map<String, List<String>> vars, Optional<String> keywordField, Optional<String> failure,
    Optional<String> extractionPipeline) {

  /**
   * One field-name transformation, in pipeline order: pySigma applies each to the field names as
   * the earlier ones left them, and so do we (a prefix after a mapping prefixes the mapped name,
   * and its field-name conditions see that name).
   */
  public sealed interface NameStep {
    List<String> apply(String name);
  }

  /** field_name_mapping: a name to one or more names (several: OR over them); the rest unchanged. */
  public record Mapping(Map<String, List<String>> mapping, Pipeline.FieldCondition fields) implements NameStep {
    @Override
    public List<String> apply(String name) {
      List<String> targets = mapping.get(name);
      return targets != null && fields.test(name) ? targets : List.of(name);
    }
  }

  /** field_name_prefix_mapping: the first prefix a name starts with is replaced by its targets. */
  public record PrefixMapping(Map<String, List<String>> mapping, Pipeline.FieldCondition fields) implements NameStep {
    @Override
    public List<String> apply(String name) {
      if (!fields.test(name)) {
        return List.of(name);
      }
      for (Map.Entry<String, List<String>> e : mapping.entrySet()) {
        if (name.startsWith(e.getKey())) {
          String rest = name.substring(e.getKey().length());
          // a target of "" drops the prefix; a name that would be left empty stays as it is
          return e.getValue().stream().map(target -> target + rest).map(n -> n.isEmpty() ? name : n).toList();
        }
      }
      return List.of(name);
    }
  }

  /** field_name_prefix or field_name_suffix, for the names its field-name conditions select. */
  public record Affix(String text, boolean prefix, Pipeline.FieldCondition fields) implements NameStep {
    @Override
    public List<String> apply(String name) {
      return List.of(!fields.test(name) ? name : prefix ? text + name : name + text);
    }
  }

  /**
   * The detection items a transformation touches, {@code steps} name steps into the pipelines: its
   * field-name conditions see the names as those steps left them (every name, when a mapping made
   * several); a keyword item, which has no field, is selected only without field-name conditions.
   */
  public record Selector(int steps, Pipeline.FieldCondition fields, ItemCondition.Filter items) {}

  /** A drop_detection_item. */
  public record Drop(Selector selector) {}

  /** set_value, case or convert_type, for the items it selects. */
  public record ValueStep(Pipeline.Transformation transformation, Selector selector) {}

  /** A replace_string, for the items it selects. */
  public record Replacement(Pipeline.Transformation.ReplaceString replace, Selector selector) {}

  /** A map_string, for the items it selects. */
  public record ValueMapping(Map<String, List<String>> mapping, Selector selector) {}

  /** Applies every item of {@code pipelines} (already ordered) whose rule conditions hold. */
  public static PreparedRule prepare(SigmaRule rule, List<Pipeline> pipelines) {
    LogSource logSource = rule.logSource();
    Optional<String> scope = Optional.empty();
    Extraction extraction = Extraction.NONE;
    List<NameStep> steps = new ArrayList<>();
    List<Drop> drops = new ArrayList<>();
    List<ValueStep> valueSteps = new ArrayList<>();
    List<Pipeline.Transformation.AddCondition> added = new ArrayList<>();
    List<Replacement> replacements = new ArrayList<>();
    List<Pipeline.Transformation.Placeholders> placeholderSteps = new ArrayList<>();
    Map<String, List<String>> vars = new LinkedHashMap<>();
    pipelines.forEach(p -> vars.putAll(p.vars())); // pySigma: the vars of every pipeline, later ones winning
    List<ValueMapping> valueMappings = new ArrayList<>();
    Optional<String> keywordField = Optional.empty();
    Optional<String> failure = Optional.empty();
    Optional<String> extractionPipeline = Optional.empty();
    for (Pipeline p : pipelines) {
      for (Pipeline.Item item : p.items()) {
        if (!item.appliesTo(rule, logSource)) {
          continue;
        }
        Pipeline.Transformation t = item.transformation();
        if (t instanceof Pipeline.Transformation.FieldNameMapping m) {
          steps.add(new Mapping(m.mapping(), item.fields()));
        } else if (t instanceof Pipeline.Transformation.FieldNamePrefixMapping m) {
          steps.add(new PrefixMapping(m.mapping(), item.fields()));
        } else if (t instanceof Pipeline.Transformation.FieldNamePrefix pre) {
          steps.add(new Affix(pre.prefix(), true, item.fields()));
        } else if (t instanceof Pipeline.Transformation.FieldNameSuffix suf) {
          steps.add(new Affix(suf.suffix(), false, item.fields()));
        } else if (t instanceof Pipeline.Transformation.DropDetectionItem) {
          drops.add(new Drop(new Selector(steps.size(), item.fields(), item.items())));
        } else if (t instanceof Pipeline.Transformation.SetValue || t instanceof Pipeline.Transformation.Case
            || t instanceof Pipeline.Transformation.ConvertType) {
          valueSteps.add(new ValueStep(t, new Selector(steps.size(), item.fields(), item.items())));
        } else if (t instanceof Pipeline.Transformation.AddCondition a) {
          added.add(a);
        } else if (t instanceof Pipeline.Transformation.ChangeLogSource c) {
          logSource = c.logSource();
        } else if (t instanceof Pipeline.Transformation.ReplaceString r) {
          replacements.add(new Replacement(r, new Selector(steps.size(), item.fields(), item.items())));
        } else if (t instanceof Pipeline.Transformation.MapString m) {
          valueMappings.add(new ValueMapping(m.mapping(), new Selector(steps.size(), item.fields(), item.items())));
        } else if (t instanceof Pipeline.Transformation.Placeholders ph) {
          placeholderSteps.add(ph);
        } else if (t instanceof Pipeline.Transformation.RuleFailure f) {
          failure = failure.or(() -> Optional.of(f.message() + " (pipeline " + p.name() + ")"));
        } else if (t instanceof Pipeline.Transformation.SumoScope s) {
          scope = Optional.of(s.scope());
        } else if (t instanceof Pipeline.Transformation.SumoExtraction e) {
          extraction = e.extraction();
          extractionPipeline = Optional.of(p.name());
        } else if (t instanceof Pipeline.Transformation.CseKeywordField k) {
          keywordField = Optional.of(k.field());
        }
      }
    }
    return new PreparedRule(rule, logSource, scope, extraction, steps, drops, valueSteps, added, replacements,
        valueMappings, placeholderSteps, vars, keywordField, failure, extractionPipeline);
  }

  /** The Sumo names of a Sigma field: every name step applied in pipeline order. */
  public List<String> sumoNames(String sigmaField) {
    return namesAfter(sigmaField, nameSteps.size());
  }

  /** The names of a Sigma field after the first {@code count} name steps. */
  private List<String> namesAfter(String sigmaField, int count) {
    List<String> names = List.of(sigmaField);
    for (NameStep step : nameSteps.subList(0, count)) {
      List<String> next = new ArrayList<>(names.size());
      for (String n : names) {
        next.addAll(step.apply(n));
      }
      names = next;
    }
    return names;
  }

  private boolean selects(Selector s, Detection.Item item) {
    boolean field = item.field().map(f -> namesAfter(f, s.steps()).stream().allMatch(s.fields()::test))
        .orElse(s.fields().tests().isEmpty());
    return field && s.items().test(item);
  }

  /** True when a drop_detection_item of the pipelines removes {@code item}. */
  public boolean drops(Detection.Item item) {
    for (Drop d : drops) {
      if (selects(d.selector(), item)) {
        return true;
      }
    }
    return false;
  }

  /** The values of {@code item} after the pipelines' set_value, case and convert_type, in pipeline order. */
  List<SigmaValue> values(Detection.Item item) throws Unsupported {
    List<SigmaValue> values = item.values();
    for (ValueStep step : valueSteps) {
      if (!selects(step.selector(), item)) {
        continue;
      }
      Pipeline.Transformation t = step.transformation();
      if (t instanceof Pipeline.Transformation.SetValue set) {
        values = List.of(set.value());
        continue;
      }
      List<SigmaValue> out = new ArrayList<>(values.size());
      for (SigmaValue v : values) {
        out.add(t instanceof Pipeline.Transformation.Case c ? withCase(v, c.upper())
            : converted(v, ((Pipeline.Transformation.ConvertType) t).toNumber(), item));
      }
      values = out;
    }
    return values;
  }

  private static SigmaValue withCase(SigmaValue v, boolean upper) {
    return v instanceof SigmaValue.Str s ? new SigmaValue.Str(s.string().mapLiterals(
        text -> upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT)), s.cased()) : v;
  }

  /** convert_type: numbers to their text, plain numeric strings to numbers; other values stay. */
  private static SigmaValue converted(SigmaValue v, boolean toNumber, Detection.Item item) throws Unsupported {
    if (!toNumber && v instanceof SigmaValue.Num n) {
      return new SigmaValue.Str(SigmaString.literal(n.value().toPlainString()), false);
    }
    if (toNumber && v instanceof SigmaValue.Str s) {
      try {
        return new SigmaValue.Num(new BigDecimal(s.string().plain()));
      } catch (IllegalStateException | NumberFormatException e) {
        throw new Unsupported(item.span(), "convert_type cannot make a number of '" + s.string() + "'");
      }
    }
    return v;
  }

  /**
   * What a {@code %name%} placeholder becomes: the first value_placeholders or
   * wildcard_placeholders in pipeline order that selects the name and can fill it (a value
   * placeholder needs the name in the pipelines' vars); empty when none does.
   */
  public Optional<List<String>> placeholder(String name) {
    for (Pipeline.Transformation.Placeholders step : placeholderSteps) {
      if (step.selects(name) && (step.wildcard() || vars.containsKey(name))) {
        return Optional.of(step.wildcard() ? List.of("*") : vars.get(name));
      }
    }
    return Optional.empty();
  }

  /** A string value of {@code item} after the pipelines' replace_string items (on literal parts only). */
  public SigmaString replaceStrings(SigmaString value, Detection.Item item) {
    SigmaString out = value;
    for (Replacement r : replacements) {
      if (selects(r.selector(), item)) {
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
      if (m.mapping().containsKey(plain) && selects(m.selector(), item)) {
        return Optional.of(m.mapping().get(plain));
      }
    }
    return Optional.empty();
  }
}
