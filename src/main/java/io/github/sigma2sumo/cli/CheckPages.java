package io.github.sigma2sumo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Each check's page of {@code docs/checks/}, which the build copies into the jar: the SARIF output
 * gives it as the check's help, and its "What it finds" section as the full description.
 */
final class CheckPages {
  private CheckPages() {}

  /** Where the pages are published, for {@code helpUri}. */
  static final String BASE_URI = "https://github.com/sigma2sumo/sigma2sumo/blob/main/docs/checks/";

  static String helpUri(String checkId) {
    return BASE_URI + checkId + ".md";
  }

  /** The page of {@code checkId}, in Markdown; empty when it has none. */
  static Optional<String> page(String checkId) {
    try (InputStream in = CheckPages.class.getResourceAsStream("/io/github/sigma2sumo/checks/" + checkId + ".md")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a page's "What it finds" section, its paragraphs on one line each. */
  static String whatItFinds(String page) {
    int start = page.indexOf("\n## What it finds\n");
    if (start < 0) {
      return "";
    }
    start = page.indexOf('\n', start + 1) + 1;
    int end = page.indexOf("\n## ", start);
    String section = (end < 0 ? page.substring(start) : page.substring(start, end)).strip();
    return section.replaceAll("(?<!\\n)\\n(?!\\n)", " ");
  }
}
