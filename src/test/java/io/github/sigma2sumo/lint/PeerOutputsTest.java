package io.github.sigma2sumo.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Cloud SIEM expressions that the existing converters emit (../shared/reference/peer-outputs.md,
 * skipped when absent) each get the findings that name the defects the reference describes: the
 * legacy converter's misspelt {@code metdata_} fields and literal {@code *} in {@code =} and
 * {@code IN}, bare hyphenated names and bare keyword strings; pySigma's case-sensitive matching,
 * quoted regexes, {@code \.*} and a regex opening with {@code /*}.
 */
class PeerOutputsTest {
  private static final Pattern BLOCK = Pattern.compile(
      "\\*\\*(pySigma sumologic_cse[^*]*|legacy sigmac -t sumologic-cse[^*]*)\\*\\*[^\\n]*\\n\\n```\\n(.*?)\\n```",
      Pattern.DOTALL);

  /** A defect by the text that shows it (a regex), and the check that must report it. */
  private static final Map<String, String> DEFECTS = new LinkedHashMap<>();

  static {
    DEFECTS.put("metdata_", "cse-unknown-field");
    DEFECTS.put("=\"\\*", "cse-wildcard-literal");
    DEFECTS.put("IN \\(\"\\*", "cse-wildcard-literal");
    DEFECTS.put("/\\.\\*\"", "cse-regex-quotes");
    DEFECTS.put("(?<!\\\\)\\\\\\.\\*", "cse-escaped-dot-star");
    DEFECTS.put("cs-uri", "cse-hyphenated-field");
    DEFECTS.put("\\(\\(\"ln -s", "cse-not-boolean");
    DEFECTS.put("commandLine matches /\\.\\*GZipStream", "cse-case-sensitive");
    DEFECTS.put("baseImage matches /\\.\\*\\\\\\\\gmer", "cse-case-sensitive");
  }

  /**
   * Syntax errors, after which no other check runs: a regex opening with '*' starts a comment, and
   * an unescaped '/' inside a regex (pySigma's cse_rule format: {@code /.*"cmd /c".*}) ends it early.
   */
  private static final Pattern SYNTAX_DEFECT = Pattern.compile("matches /\\*|matches /\\.\\*\"cmd /");

  @Test
  void everyPeerExpressionGetsTheFindingsOfItsDefects() throws IOException {
    Path reference = Path.of(System.getProperty("corpus.dir", "../shared/corpus")).resolveSibling("reference")
        .resolve("peer-outputs.md");
    assumeTrue(Files.isRegularFile(reference), "reference not present");
    Matcher m = BLOCK.matcher(Files.readString(reference));
    List<String> expressions = new ArrayList<>();
    while (m.find()) {
      if (!m.group(2).contains("Error:") && !m.group(2).contains("Exception")) {
        expressions.add(m.group(2).strip());
      }
    }
    assertThat(expressions).hasSizeGreaterThanOrEqualTo(20);
    CseLintRunner lint = CseLintRunner.withAllChecks();
    for (String expression : expressions) {
      Set<String> expected = new TreeSet<>();
      if (SYNTAX_DEFECT.matcher(expression).find()) {
        expected.add("cse-syntax");
      } else {
        DEFECTS.forEach((text, check) -> {
          if (Pattern.compile(text).matcher(expression).find()) {
            expected.add(check);
          }
        });
      }
      List<Diagnostic> found = lint.lint(SourceFile.of("peer.cse", expression));
      assertThat(found).as("findings on %s", expression).isNotEmpty();
      assertThat(found.stream().map(Diagnostic::checkId).toList()).as("findings on %s", expression)
          .containsAll(expected);
    }
  }
}
