package io.github.sigma2sumo.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Sumo queries of the two documents this project started from (../shared/seeds). Each has
 * real defects; the linter must report every one, at the line where it is.
 */
class SeedQueriesTest {

  private static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "../shared/seeds"));

  @Test
  void t1102BidirectionalCommunicationQuery() throws IOException {
    Map<String, List<Integer>> found = lintSeed("000_03e824f8450cb5cd.txt");
    // `_sourceCategory="*sysmon*"`: quoted, so '*' is literal on built-in metadata
    assertThat(found.get("quoted-wildcard-metadata")).containsExactly(1, 1);
    // `<Image>` elements do not exist in Windows event XML; CommandLine and ParentImage not in event 3
    assertThat(found.get("missing-source-field")).containsExactly(2, 3, 4, 5, 6, 7, 7, 8, 8);
    // "*t.co*" matches microsoft.com, "*box.com*" dropbox.com, and so on for all 26 domains
    assertThat(found.get("overbroad-host-wildcard")).hasSize(26).contains(13, 24);
    // Image matches "*powershell.exe*" and 12 more: case-sensitive on Windows names
    assertThat(found.get("case-sensitive-match")).hasSize(13).startsWith(35).endsWith(47);
    // seven `eval` stages and `stats`
    assertThat(found.get("foreign-operator")).containsExactly(48, 49, 50, 51, 52, 53, 54, 55);
    assertThat(found.keySet()).containsOnly("quoted-wildcard-metadata", "missing-source-field",
        "overbroad-host-wildcard", "case-sensitive-match", "foreign-operator");
  }

  @Test
  void t1567ExfiltrationToCloudStorageQuery() throws IOException {
    Map<String, List<Integer>> found = lintSeed("004_019a76cae34a5d16.txt");
    // eval x4, stats, table
    assertThat(found.get("foreign-operator")).containsExactly(4, 6, 9, 12, 13, 14);
    // toLower and coalesce twice; count() and dcount in stats
    assertThat(found.get("foreign-function")).containsExactly(4, 4, 6, 6, 9, 9);
    // matches ".*(dropbox|...).*" twice: a wildcard pattern, so the regex is matched literally
    assertThat(found.get("regex-in-wildcard")).containsExactly(5, 7);
    // !ImageLower matches ...: the '!' negates the field, not the test
    assertThat(found.get("negation-precedence")).containsExactly(7);
    // box\\.com and mega\\.nz inside the regex: not anchored at a label boundary
    assertThat(found.get("overbroad-host-wildcard")).containsExactly(5);
    // sum(BytesSent): Sysmon network events carry no byte counts
    assertThat(found.get("missing-source-field")).containsExactly(9);
    assertThat(found.keySet()).containsOnly("foreign-operator", "foreign-function", "regex-in-wildcard",
        "negation-precedence", "overbroad-host-wildcard", "missing-source-field");
  }

  /** Lints the query of a seed document; returns the lines of the findings of each check. */
  private static Map<String, List<Integer>> lintSeed(String name) throws IOException {
    Path file = SEEDS.resolve(name);
    assumeTrue(Files.exists(file), "seed documents not present");
    String query = extractQuery(Files.readAllLines(file));
    Map<String, List<Integer>> found = new TreeMap<>();
    for (Diagnostic d : LintRunner.withAllChecks().lint(SourceFile.of(name, query))) {
      found.computeIfAbsent(d.checkId(), k -> new ArrayList<>()).add(d.location().line());
    }
    return found;
  }

  /** The query follows a line "sql": its first line, then lines starting with '|' or blanks. */
  private static String extractQuery(List<String> lines) {
    int start = lines.indexOf("sql") + 1;
    assertThat(start).as("a line 'sql' before the query").isPositive();
    StringBuilder query = new StringBuilder(lines.get(start));
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|") && !line.startsWith(" ")) {
        break;
      }
      query.append('\n').append(line);
    }
    return query.toString();
  }
}
