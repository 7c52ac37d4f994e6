package io.github.sigma2sumo.content;

import io.github.sigma2sumo.content.JsonNodes.Node;
import io.github.sigma2sumo.content.JsonNodes.Obj;
import io.github.sigma2sumo.content.JsonNodes.Str;
import java.util.List;
import java.util.Optional;

/**
 * The queries of a Terraform file's Sumo Logic resources (the SumoLogic/sumologic Terraform
 * provider's documentation, reference sumo-cloud-siem.md §5.2 and §6): {@code sumologic_monitor}
 * ({@code queries { row_id, query }} of a {@code Logs} monitor), {@code sumologic_log_search}
 * ({@code query_string}), {@code sumologic_scheduled_view} ({@code query}),
 * {@code sumologic_field_extraction_rule} ({@code parse_expression}, a chain of parse operators,
 * read after {@code * | }), {@code sumologic_cse_*_rule} (every expression and template, as
 * {@link CseRuleJson} reads them in snake_case), and {@code sumologic_content}, whose
 * {@code config} is content JSON written with {@code jsonencode(...)} or as a string or heredoc.
 */
public final class TerraformContent {
  /** The check of a Terraform file this reader cannot follow. */
  public static final String SYNTAX = "terraform-syntax";

  private TerraformContent() {}

  /** The queries of a Terraform file, or why it could not be read. */
  public record Parsed(Optional<ContentExports.Found> found, Optional<JsonDocument.Malformed> malformed) {}

  public static Parsed read(String text) {
    HclReader.Result r = HclReader.read(text);
    if (r.malformed().isPresent()) {
      return new Parsed(Optional.empty(), Optional.of(new JsonDocument.Malformed(r.malformed().get().message(),
          r.malformed().get().offset())));
    }
    ContentExports.Walk walk = new ContentExports.Walk();
    for (HclReader.Block block : r.blocks()) {
      if (!block.type().equals("resource") || block.labels().size() != 2) {
        continue;
      }
      String type = block.labels().get(0);
      String path = "resource " + type + " \"" + block.labels().get(1) + "\"";
      Obj body = block.body();
      switch (type) {
        case "sumologic_monitor" -> walk.monitor(body, path);
        case "sumologic_log_search" -> search(walk, body.get("query_string"), path);
        case "sumologic_scheduled_view" -> search(walk, body.get("query"), path);
        case "sumologic_field_extraction_rule" -> {
          walk.recognized = true;
          body.get("parse_expression").filter(Str.class::isInstance).flatMap(n -> ((Str) n).text().get())
              .ifPresent(t -> walk.queries.add(new ContentQuery(ContentQuery.Language.SEARCH, path,
                  t.prefixed("* | "))));
        }
        case "sumologic_content" -> content(walk, body.get("config"), path);
        default -> {
          if (type.startsWith("sumologic_cse_") && type.endsWith("_rule")) {
            walk.recognized = true;
            CseRuleJson.read(body, path, walk::addCse);
          }
        }
      }
    }
    return new Parsed(Optional.of(walk.found()), Optional.empty());
  }

  private static void search(ContentExports.Walk walk, Optional<Node> query, String path) {
    walk.recognized = true;
    walk.add(query, path);
  }

  /** {@code config}: an object from jsonencode, or JSON text in a string or heredoc. */
  private static void content(ContentExports.Walk walk, Optional<Node> config, String path) {
    walk.recognized = true;
    if (config.isEmpty()) {
      return;
    }
    if (config.get() instanceof Str s) {
      Optional<EmbeddedText> within = s.text().get();
      JsonNodes.parse(s.value(), within).root().ifPresent(root -> walk.visit(root, path));
    } else {
      walk.visit(config.get(), path);
    }
  }

  static List<String> resourceTypes() {
    return List.of("sumologic_monitor", "sumologic_log_search", "sumologic_scheduled_view",
        "sumologic_field_extraction_rule", "sumologic_content", "sumologic_cse_*_rule");
  }
}
