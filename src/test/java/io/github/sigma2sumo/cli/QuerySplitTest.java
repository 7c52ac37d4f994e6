package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule whose log search would be over Sumo's 15,000 characters compiles to parts, each under the
 * limit, whose union is the rule: each part runs on its own, and a value of any part is found.
 */
class QuerySplitTest {

  @TempDir Path dir;

  private Path hashes(int count) throws Exception {
    String rule = ManyValues.rule("Many Hashes", "{category: driver_load, product: windows}", "Hashes|contains", count,
        i -> String.format("MD5=%032x", i * 7919L + 1));
    return Files.writeString(dir.resolve("hashes.yml"), "id: 11111111-1111-4111-8111-111111111111\n" + rule);
  }

  @Test
  void aQueryOverTheLimitIsCutIntoPartsUnderItThatTogetherAreTheRule() throws Exception {
    Path rule = hashes(1200);
    CliRun run = CliRun.of("compile", rule.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("note[compile]: the query would be").contains("it is split into");
    List<String> parts = Stream.of(run.out().split("\n(?=// part )")).filter(p -> p.contains("_sourceCategory"))
        .toList();
    assertThat(parts).hasSizeGreaterThan(3);
    for (String part : parts) {
      String query = part.substring(part.indexOf("_sourceCategory"));
      assertThat(query.length()).isLessThanOrEqualTo(15_000);
      assertThat(CliRun.of("lint", Files.writeString(dir.resolve("part.sumo"), query).toString()).out())
          .isEqualTo("no findings in 1 file\n");
    }
    // the first value, the last, and one that is none of them, through the interpreter
    String event = "{EventID: 6, Channel: Microsoft-Windows-Sysmon/Operational, Computer: ws1, ImageLoaded: 'C:\\\\d.sys', "
        + "Hashes: 'SHA1=AB,MD5=%s'}";
    Files.writeString(dir.resolve("hashes.tests.yml"), "rule: 11111111-1111-4111-8111-111111111111\ntests:\n"
        + "  - {name: first, expect: match, events: [" + event.formatted(String.format("%032x", 1L)) + "]}\n"
        + "  - {name: last, expect: match, events: [" + event.formatted(String.format("%032x", 1199 * 7919L + 1)) + "]}\n"
        + "  - {name: none, expect: no-match, events: [" + event.formatted(String.format("%032x", 2L)) + "]}\n");
    CliRun test = CliRun.of("test", "--target", "search", dir.toString());
    assertThat(test.out()).endsWith("3 cases: 3 passed, 0 failed\n");
  }

  @Test
  void partsAreFilesOfTheirOwnAndSavedSearchesOfTheirOwn() throws Exception {
    Path rule = hashes(1200);
    Path out = dir.resolve("out");
    CliRun.of("compile", "-o", out.toString(), rule.toString());
    try (Stream<Path> files = Files.list(out)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sumo")).sorted().toList();
      assertThat(names).hasSizeGreaterThan(3).allMatch(n -> n.matches("hashes\\.part-\\d+\\.sumo"));
    }
    Path pack = dir.resolve("content.json");
    assertThat(CliRun.of("pack", rule.toString(), "--format", "content", "-o", pack.toString()).code()).isZero();
    JsonNode children = new ObjectMapper().readTree(Files.readString(pack)).get("children");
    assertThat(children).hasSizeGreaterThan(3);
    assertThat(children.get(0).get("name").asText()).matches("Many Hashes \\(part 1 of \\d+\\)");
  }

  @Test
  void aLongNegatedListCannotBeCutAndSaysWhy() throws Exception {
    StringBuilder filter = new StringBuilder();
    for (int i = 0; i < 1200; i++) {
      filter.append("            - '10.").append(i / 250).append('.').append(i % 250).append(".0/24'\n");
    }
    Path rule = Files.writeString(dir.resolve("negated.yml"), """
        title: Negated
        logsource: {category: network_connection, product: windows}
        detection:
            selection: {Image|endswith: '\\\\winword.exe'}
            filter:
                DestinationIp|cidr:
        %s    condition: selection and not filter
        """.formatted(filter));
    CliRun run = CliRun.of("compile", rule.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("it cannot be cut into queries whose union is the rule: its long lists are negated");
  }
}
