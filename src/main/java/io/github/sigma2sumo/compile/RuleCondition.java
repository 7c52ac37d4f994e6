package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.sigma.Detection;
import io.github.sigma2sumo.sigma.LogSource;
import io.github.sigma2sumo.sigma.SigmaRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * pySigma's rule conditions (reference sigma.md §8.2; pySigma sigma/processing/conditions/rule.py):
 * what a processing item requires of a rule before it applies. Each is tested on a detection rule
 * and its log source as the pipeline's earlier items left it (change_logsource).
 */
public sealed interface RuleCondition {

  boolean test(SigmaRule rule, LogSource current);

  /**
   * Conditions combined with and ({@code anyOf} false) or or, maybe negated; none: true (false
   * when negated). An item's own conditions, and a nest item's around those of its items.
   */
  record Group(List<RuleCondition> conditions, boolean anyOf, boolean negated) implements RuleCondition {
    public Group {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(SigmaRule rule, LogSource current) {
      return Conditions.combine(conditions, c -> c.test(rule, current), anyOf, negated);
    }
  }

  /** {@code logsource}: the rule's log source lies within this one (missing parts match anything). */
  record OfLogSource(LogSource logSource) implements RuleCondition {
    @Override
    public boolean test(SigmaRule rule, LogSource current) {
      return logSource.covers(current);
    }
  }

  /** {@code tag}: the rule carries the tag, as written ({@code attack.t1102.002}). */
  record Tag(String tag) implements RuleCondition {
    @Override
    public boolean test(SigmaRule rule, LogSource current) {
      return rule.tags().contains(tag);
    }
  }

  /** {@code is_sigma_rule}: every rule a pipeline is applied to here is a detection rule. */
  record IsDetectionRule() implements RuleCondition {
    @Override
    public boolean test(SigmaRule rule, LogSource current) {
      return true;
    }
  }

  /** {@code contains_field}: a detection item of the rule compares this field. */
  record ContainsField(String field) implements RuleCondition {
    @Override
    public boolean test(SigmaRule rule, LogSource current) {
      return rule.detections().values().stream().anyMatch(this::names);
    }

    private boolean names(Detection d) {
      if (d instanceof Detection.Item item) {
        return item.field().filter(field::equals).isPresent();
      }
      List<Detection> parts = d instanceof Detection.AllOf all ? all.parts() : ((Detection.AnyOf) d).parts();
      return parts.stream().anyMatch(this::names);
    }
  }

  /**
   * {@code rule_attribute}: {@code level} and {@code status} compare by rank (informational to
   * critical; unsupported, deprecated, experimental, test, stable), without case, with every
   * operator; the text attributes compare as text with {@code eq}, {@code ne}, {@code in} and
   * {@code not_in}. A rule without the attribute matches only {@code ne} and {@code not_in}.
   */
  record Attribute(String attribute, String op, List<String> values) implements RuleCondition {
    static final List<String> LEVELS = List.of("informational", "low", "medium", "high", "critical");
    static final List<String> STATUSES = List.of("unsupported", "deprecated", "experimental", "test", "stable");
    static final Map<String, Function<SigmaRule, Optional<String>>> TEXT = Map.of(
        "title", r -> Optional.of(r.title()), "id", SigmaRule::id, "name", SigmaRule::name,
        "author", SigmaRule::author, "description", SigmaRule::description, "date", SigmaRule::date,
        "license", SigmaRule::license, "level", SigmaRule::level, "status", SigmaRule::status);
    static final List<String> OPS = List.of("eq", "ne", "gte", "gt", "lte", "lt", "in", "not_in");

    public Attribute {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(op, "op");
      values = List.copyOf(values);
    }

    /** The ranks of an ordered attribute, or empty for a text one. */
    static Optional<List<String>> ranks(String attribute) {
      return attribute.equals("level") ? Optional.of(LEVELS)
          : attribute.equals("status") ? Optional.of(STATUSES) : Optional.empty();
    }

    @Override
    public boolean test(SigmaRule rule, LogSource current) {
      Optional<String> actual = TEXT.get(attribute).apply(rule);
      boolean negative = op.equals("ne") || op.equals("not_in");
      if (actual.isEmpty()) {
        return negative;
      }
      Optional<List<String>> ranks = ranks(attribute);
      if (ranks.isPresent()) {
        int have = ranks.get().indexOf(actual.get().toLowerCase(Locale.ROOT));
        if (have < 0) {
          return negative;
        }
        return switch (op) {
          case "in", "eq" -> values.stream().anyMatch(v -> ranks.get().indexOf(v) == have);
          case "not_in", "ne" -> values.stream().noneMatch(v -> ranks.get().indexOf(v) == have);
          default -> compare(have, ranks.get().indexOf(values.get(0)));
        };
      }
      return values.contains(actual.get()) != negative;
    }

    private boolean compare(int have, int want) {
      return switch (op) {
        case "gte" -> have >= want;
        case "gt" -> have > want;
        case "lte" -> have <= want;
        default -> have < want;
      };
    }
  }
}
