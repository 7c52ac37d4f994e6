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
  public static JsonDocument.Parsed read(String text) {
    HclReader.Result r = HclReader.read(text);
    if (r.malformed().isPresent()) {
      return new JsonDocument.Parsed(Optional.empty(), r.malformed());
    }
    ContentExports.Walk walk = new ContentExports.Walk();
    for (HclReader.Block block : r.blocks()) {
      if (!block.type().equals("resource") || block.labels().size() != 2) {
        continue;
      }
      walk.within(ignores(text, r.comments(), block), () -> resource(walk, block));
    }
    return new JsonDocument.Parsed(Optional.of(walk.found()), Optional.empty());
  }

  /**
   * The {@code # sigma2sumo-ignore: check reason} comments (or {@code //}) inside a resource block or
   * on the lines just above it: they apply to every query of the resource.
   */
  private static List<ContentQuery.Ignore> ignores(String text, List<HclReader.Comment> comments,
      HclReader.Block block) {
    int from = block.start();
    // the comment lines just above the block belong to it
    while (true) {
      int lineStart = text.lastIndexOf('\n', from - 1) + 1;
      int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
      if (lineStart == 0 || previous < 0) {
        break;
      }
      String line = text.substring(previous, lineStart).strip();
      if (!(line.startsWith("#") || line.startsWith("//"))) {
        break;
      }
      from = previous;
    }
    List<ContentQuery.Ignore> out = new java.util.ArrayList<>();
    for (HclReader.Comment c : comments) {
      String body = c.text().strip();
      if (c.start() >= from && c.start() < block.end() && body.startsWith(ContentQuery.IGNORE_KEY)
          && (body.length() == ContentQuery.IGNORE_KEY.length() || !Character.isLetterOrDigit(
              body.charAt(ContentQuery.IGNORE_KEY.length())) && body.charAt(ContentQuery.IGNORE_KEY.length()) != '-')) {
        String value = body.substring(ContentQuery.IGNORE_KEY.length()).replaceFirst("^:?\\s*", "");
        int at = c.start() + c.text().indexOf(body) + (body.length() - value.length());
        out.add(new ContentQuery.Ignore(value, HclReader.plain(text, value, at)));
      }
    }
    return out;
  }

  private static void resource(ContentExports.Walk walk, HclReader.Block block) {
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
            .ifPresent(t -> walk.addSearch(t.prefixed("* | "), path));
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

}
