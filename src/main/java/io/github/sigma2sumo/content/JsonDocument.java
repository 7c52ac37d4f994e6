package io.github.sigma2sumo.content;

import java.util.Optional;

/** A JSON host file read for the content it holds, or why it is no JSON. */
public final class JsonDocument {
  /** The check of a file that is no well-formed JSON. */
  public static final String SYNTAX = "json-syntax";

  private JsonDocument() {}

  /** Why a text is no well-formed JSON, and where (a char offset). */
  public record Malformed(String message, int offset) {}

  /** The content found, or why the text (JSON, or Terraform for {@link TerraformContent}) could not be read. */
  public record Parsed(Optional<ContentExports.Found> found, Optional<Malformed> malformed) {}

  public static Parsed parse(String text) {
    JsonNodes.Result r = JsonNodes.parse(text);
    if (r.malformed().isPresent()) {
      return new Parsed(Optional.empty(), r.malformed());
    }
    return new Parsed(Optional.of(ContentExports.read(r.root().orElseThrow())), Optional.empty());
  }
}
