package io.github.sigma2sumo.pack;

import io.github.sigma2sumo.parallel.ParallelMap;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pack as Terraform configuration for the Sumo Logic provider (reference sumo-cloud-siem.md
 * §5.2): one {@code sumologic_cse_match_rule}, {@code _threshold_rule}, {@code _chain_rule} or
 * {@code _aggregation_rule} per Cloud SIEM rule, with the provider's snake_case arguments, and a
 * {@code sumologic_content} resource holding the folder of saved searches under the folder that
 * {@code var.sumo_parent_folder_id} names.
 */
public final class TerraformPack {
  private TerraformPack() {}

  /** A rule and the name of its resource. */
  private record Named(CseRulePack.PackedRule rule, String name) {}

  /** Writes the pack to {@code out}; the content folder's JSON goes straight into its heredoc. */
  public static void write(List<CseRulePack.PackedRule> rules, Optional<Map<String, Object>> content, Writer out)
      throws IOException {
    Hcl.write(blocks(rules, content), out);
  }

  private static List<Hcl.Block> blocks(List<CseRulePack.PackedRule> rules, Optional<Map<String, Object>> content) {
    List<Hcl.Block> blocks = new ArrayList<>();
    Set<String> names = new HashSet<>();
    // the provider is published as SumoLogic/sumologic: without this block, terraform init looks for
    // hashicorp/sumologic, which does not exist
    blocks.add(new Hcl.Block("terraform", List.of(), List.of(), List.of(new Hcl.Block("required_providers", List.of(),
        List.of(new Hcl.Attribute("sumologic", new Hcl.Raw("{\n      source = \"SumoLogic/sumologic\"\n    }"))),
        List.of()))));
    if (content.isPresent()) {
      blocks.add(new Hcl.Block("variable", List.of("sumo_parent_folder_id"), List.of(
          new Hcl.Attribute("type", new Hcl.Raw("string")),
          new Hcl.Attribute("description", "Hexadecimal id of the content folder that receives the saved searches")),
          List.of()));
    }
    List<Named> named = new ArrayList<>(rules.size());
    for (CseRulePack.PackedRule r : rules) {
      named.add(new Named(r, resourceName(r.metadata(), names))); // in order: a repeated name gets _2, _3...
    }
    blocks.addAll(ParallelMap.map(named, n -> rule(n.rule(), n.name())));
    content.ifPresent(c -> blocks.add(new Hcl.Block("resource", List.of("sumologic_content", "sigma_detections"),
        List.of(new Hcl.Attribute("parent_id", new Hcl.Raw("var.sumo_parent_folder_id")),
            // pretty-printed JSON has no line that is a bare word, so never one that is the marker
            new Hcl.Attribute("config", new Hcl.Heredoc("EOT", out -> JsonText.write(c, out)))), List.of())));
    return blocks;
  }

  @SuppressWarnings("unchecked")
  private static Hcl.Block rule(CseRulePack.PackedRule r, String name) {
    Map<String, Object> f = r.fields();
    List<Hcl.Attribute> attributes = new ArrayList<>();
    List<Hcl.Block> blocks = new ArrayList<>();
    for (Map.Entry<String, Object> e : f.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      switch (key) {
        case "stream" -> { } // the provider sends "record" itself
        case "entitySelectors" ->
            ((List<Map<String, Object>>) value).forEach(s -> blocks.add(nested("entity_selectors", s)));
        case "expressionsAndLimits" ->
            ((List<Map<String, Object>>) value).forEach(s -> blocks.add(nested("expressions_and_limits", s)));
        case "aggregationFunctions" ->
            ((List<Map<String, Object>>) value).forEach(s -> blocks.add(nested("aggregation_functions", s)));
        case "scoreMapping" -> {
          Map<String, Object> m = (Map<String, Object>) value;
          blocks.add(new Hcl.Block("severity_mapping", List.of(), List.of(new Hcl.Attribute("type", m.get("type")),
              new Hcl.Attribute("default", m.get("default"))), List.of()));
        }
        case "score" -> attributes.add(new Hcl.Attribute("severity", value));
        case "windowSizeMilliseconds" -> attributes.add(new Hcl.Attribute("window_size_millis", value));
        case "groupByAsset" -> attributes.add(new Hcl.Attribute("group_by_entity", value));
        default -> attributes.add(new Hcl.Attribute(snake(key), value));
      }
    }
    return new Hcl.Block("resource", List.of("sumologic_cse_" + r.type() + "_rule", name), attributes, blocks);
  }

  private static Hcl.Block nested(String type, Map<String, Object> fields) {
    List<Hcl.Attribute> attributes = new ArrayList<>();
    fields.forEach((k, v) -> attributes.add(new Hcl.Attribute(snake(k), v)));
    return new Hcl.Block(type, List.of(), attributes, List.of());
  }

  /** camelCase API name to the provider's snake_case: {@code _} before a capital after a small letter or digit. */
  static String snake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      char before = i > 0 ? camel.charAt(i - 1) : 0;
      if (c >= 'A' && c <= 'Z' && (before >= 'a' && before <= 'z' || before >= '0' && before <= '9')) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** {@code sigma_<id>} (or the title), made an HCL identifier and unique in the file. */
  private static String resourceName(RuleMetadata meta, Set<String> taken) {
    String base = "sigma_" + identifier(meta.id().orElse(meta.title()).toLowerCase(Locale.ROOT));
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  /** {@code text} with each run of characters other than {@code a-z 0-9 _} made one {@code _}, and no {@code _} at either end. */
  static String identifier(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean kept = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
      if (kept) {
        out.append(c);
      } else if (!inRun) {
        out.append('_');
      }
      inRun = !kept;
    }
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) == '_') {
      start++;
    }
    while (end > start && out.charAt(end - 1) == '_') {
      end--;
    }
    return out.substring(start, end);
  }
}
