package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values holding {@code & < > " '} and backslashes, in every position, as plain, wildcard, regex and
 * keyword values, in every Windows format: Windows writes XML element text with {@code &amp;},
 * {@code &lt;}, {@code &gt;}, so a query over event XML must decode what it extracts (or a rule on
 * {@code 2>&1} never fires); JSON writes {@code \} and {@code "} (and Go's writer, the
 * OpenTelemetry collector's, {@code \u003c} for {@code <}...), so a keyword searched in the raw JSON
 * message must be searched as JSON writes it. Run by {@code sigma2sumo test} on the Sigma rule and
 * the log search over each format's message.
 */
class XmlEntitiesTest {

  @TempDir Path dir;

  private static final String[] VALUES = {"&start", "end&", "a&&b", "<unknown process>", "2>&1", "say \"hi\"",
      "it's", "&amp;", "<&>\"'", "C:\\Windows\\x", "\\\"q\\\"", "end\\"};

  @ParameterizedTest
  @ValueSource(strings = {"windows-json", "windows-xml", "windows-otel"})
  void everyMarkupCharacterInEveryPositionMatchesInEachFormat(String format) throws Exception {
    StringBuilder rules = new StringBuilder();
    StringBuilder cases = new StringBuilder();
    for (int i = 0; i < VALUES.length; i++) {
      String v = VALUES[i].replace("'", "''");
      String id = String.format("00000000-0000-4000-8000-%012d", i);
      rules.append("""
          title: Markup %d
          id: %s
          logsource: {category: process_creation, product: windows}
          detection:
              exact: {CommandLine: '%s'}
              contains: {CommandLine|contains: '%s'}
              regex: {CommandLine|re: '^x?\\Q%s\\E'}
              condition: exact or contains or regex
          ---
          title: Markup Keyword %d
          id: %s
          logsource: {product: windows, service: powershell}
          detection:
              keywords: ['%s']
              condition: keywords
          ---
          """.formatted(i, id, v, v, VALUES[i].replace("'", "''"), i, id.replace("-0000-4000", "-0001-4000"), v));
      for (String rule : new String[] {id, id.replace("-0000-4000", "-0001-4000")}) {
        boolean keyword = !rule.equals(id);
        String event = keyword
            ? "{EventID: 4104, Channel: Microsoft-Windows-PowerShell/Operational, Computer: ws1, ScriptBlockText: '%s'}"
            : "{EventID: 1, Channel: Microsoft-Windows-Sysmon/Operational, Computer: ws1, Image: 'C:\\x.exe', "
                + "CommandLine: '%s'}";
        cases.append("  - {name: 'value %d%s', rule: %s, expect: match, events: [%s]}\n".formatted(i,
            keyword ? " as a keyword" : "", rule, event.formatted(v)));
        // the value as XML would hold it, written literally: matches only where it still holds the value
        String encoded = "z" + VALUES[i].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\\", "\\\\");
        cases.append("  - {name: 'value %d%s, encoded', rule: %s, expect: %s, events: [%s]}\n".formatted(i,
            keyword ? " as a keyword" : "", rule, encoded.contains(VALUES[i]) ? "match" : "no-match",
            event.formatted(encoded.replace("'", "''"))));
      }
    }
    Files.writeString(dir.resolve("markup.yml"), rules.toString());
    Files.writeString(dir.resolve("markup.tests.yml"), "rule: unused\ntests:\n" + cases);
    CliRun run = CliRun.of("test", "--target", "search", "-p", format, dir.toString());
    assertThat(run.out()).endsWith(VALUES.length * 4 + " cases: " + VALUES.length * 4 + " passed, 0 failed\n");
  }
}
