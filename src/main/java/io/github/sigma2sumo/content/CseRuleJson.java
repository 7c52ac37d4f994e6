package io.github.sigma2sumo.content;

import io.github.sigma2sumo.content.JsonNodes.Node;
import io.github.sigma2sumo.content.JsonNodes.Obj;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The expressions of a Cloud SIEM rule written as JSON: the REST API's rule objects (camelCase,
 * reference sumo-cloud-siem.md §5.1, alone, under {@code fields} or {@code data}, or in a list), the
 * content catalog's and pySigma's export form (snake_case, §5.3), and {@code pack --format cse-rules}
 * output. Each expression in its context: {@code expression}, {@code matchExpression},
 * {@code filterExpression} and each of {@code expressionsAndLimits} as rule expressions; each
 * aggregation function's arguments too; {@code triggerExpression} as a boolean over the aggregation
 * functions' names; each entity selector's expression; {@code nameExpression},
 * {@code summaryExpression}, {@code descriptionExpression} and {@code description} as templates.
 */
final class CseRuleJson {
  private CseRuleJson() {}

  private static final Set<String> EXPRESSIONS = Set.of("expression", "matchExpression", "match_expression",
      "filterExpression", "filter_expression", "expressionsAndLimits", "expressions_and_limits");
  private static final Set<String> MARKERS = Set.of("entitySelectors", "entity_selectors", "pattern_type",
      "nameExpression", "name_expression", "scoreMapping", "score_mapping", "windowSize", "window_size",
      "triggerExpression", "trigger_expression");

  /** True when {@code o} is a Cloud SIEM rule. */
  static boolean isRule(Obj o) {
    return o.members().keySet().stream().anyMatch(EXPRESSIONS::contains)
        && o.members().keySet().stream().anyMatch(MARKERS::contains);
  }

  /** The texts of rule {@code o}; {@code add} reads a string node as a query of the given role and item. */
  static void read(Obj o, String path, Adder add) {
    String rule = ContentExports.item(path, "rule", o.text("name"));
    for (String key : List.of("expression", "matchExpression", "match_expression", "filterExpression",
        "filter_expression")) {
      add.add(o.get(key), ContentQuery.Role.QUERY, rule + " › " + key, List.of());
    }
    for (String key : List.of("expressionsAndLimits", "expressions_and_limits")) {
      List<Node> items = o.list(key);
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Obj e) {
          add.add(e.get("expression"), ContentQuery.Role.QUERY, rule + " › " + key + "[" + i + "]", List.of());
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (String key : List.of("aggregationFunctions", "aggregation_functions")) {
      for (Node n : o.list(key)) {
        if (n instanceof Obj f) {
          f.text("name").ifPresent(names::add);
          String function = rule + " › " + key + " " + f.text("name").map(x -> "\"" + x + "\"").orElse("");
          for (Node argument : f.list("arguments")) {
            add.add(Optional.of(argument), ContentQuery.Role.QUERY, function, List.of());
          }
        }
      }
    }
    for (String key : List.of("triggerExpression", "trigger_expression")) {
      add.add(o.get(key), ContentQuery.Role.TRIGGER, rule + " › " + key, names);
    }
    for (String key : List.of("entitySelectors", "entity_selectors")) {
      for (Node n : o.list(key)) {
        if (n instanceof Obj s) {
          String type = s.text("entityType").or(() -> s.text("entity_type")).orElse("");
          add.add(s.get("expression"), ContentQuery.Role.QUERY, rule + " › " + key + " " + type, List.of());
        }
      }
    }
    for (String key : List.of("nameExpression", "name_expression", "summaryExpression", "summary_expression",
        "descriptionExpression", "description_expression", "description")) {
      add.add(o.get(key), ContentQuery.Role.TEMPLATE, rule + " › " + key, List.of());
    }
  }

  /** Takes a string node as a Cloud SIEM text. */
  interface Adder {
    void add(Optional<Node> node, ContentQuery.Role role, String item, List<String> names);
  }

}
