package io.github.sigma2sumo.lint.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a suppression comment: {@code sigma2sumo-ignore: check-a, check-b reason} silences
 * the named checks on one line, {@code sigma2sumo-ignore-file: ...} in the whole file. Check names
 * are separated by commas; the rest of the comment is the reason (a leading {@code --} or
 * {@code :} before it is dropped, as ESLint users write it). A comment that does not start with
 * the marker is no directive; one that starts with it but names no check is still a directive, with
 * no checks, so that it can be reported rather than silently ignored.
 */
record Directive(boolean wholeFile, List<String> checks, String reason) {

  static final String MARKER = "sigma2sumo-ignore";

  /** The directive in a comment's text, without the comment's delimiters. */
  static Optional<Directive> parse(String comment) {
    String text = comment.strip();
    if (!text.startsWith(MARKER)) {
      return Optional.empty();
    }
    String rest = text.substring(MARKER.length());
    boolean wholeFile = rest.startsWith("-file");
    if (wholeFile) {
      rest = rest.substring("-file".length());
    }
    if (!rest.isEmpty() && !rest.startsWith(":") && !Character.isWhitespace(rest.charAt(0))) {
      return Optional.empty(); // sigma2sumo-ignored, sigma2sumo-ignore-files: another word
    }
    rest = rest.startsWith(":") ? rest.substring(1) : rest;
    List<String> checks = new ArrayList<>();
    int i = skipSpaces(rest, 0);
    while (i < rest.length()) {
      int start = i;
      while (i < rest.length() && isNameChar(rest.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      checks.add(rest.substring(start, i));
      int next = skipSpaces(rest, i);
      if (next < rest.length() && rest.charAt(next) == ',') {
        i = skipSpaces(rest, next + 1);
      } else {
        i = next;
        break;
      }
    }
    String reason = rest.substring(Math.min(i, rest.length())).strip();
    if (reason.startsWith("--") || reason.startsWith(":")) {
      reason = reason.substring(reason.startsWith("--") ? 2 : 1).strip();
    }
    return Optional.of(new Directive(wholeFile, checks, reason));
  }

  private static boolean isNameChar(char c) {
    return c == '-' || c == '_' || Character.isLetterOrDigit(c);
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
