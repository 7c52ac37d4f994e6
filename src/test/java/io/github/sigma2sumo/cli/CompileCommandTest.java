package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wiring of `sigma2sumo compile`: outputs, exit codes, atomic files, bad input. */
class CompileCommandTest {

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static final String GOOD = """
      title: Good
      id: 11111111-1111-4111-8111-111111111111
      logsource: {category: process_creation, product: windows}
      detection:
          selection: {Image|endswith: '\\\\evil.exe'}
          condition: selection
      """;

  private static final String BAD = """
      title: Bad
      id: 22222222-2222-4222-8222-222222222222
      logsource: {category: process_creation, product: windows}
      detection:
          selection: {Image|endswth: 'x'}
          condition: selection
      """;

  @Test
  void goodRuleCompilesToStdoutAndExitsZero() throws Exception {
    Path f = Files.writeString(dir.resolve("good.yml"), GOOD);
    CliRun r = run("compile", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("// Good (11111111-1111-4111-8111-111111111111)\n_sourceCategory=*sysmon*\n")
        .contains("| where num(EventID) = 1 and Image matches /(?is)^.*\\\\evil\\.exe$/");
  }

  @Test
  void aBrokenRuleIsReportedAndTheOthersStillCompile() throws Exception {
    Files.writeString(dir.resolve("a.yml"), GOOD);
    Files.writeString(dir.resolve("b.yml"), BAD);
    CliRun r = run("compile", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("// Good");
    assertThat(r.err()).contains("b.yml:5:17: error[sigma-modifier]: unknown modifier 'endswth'; did you mean 'endswith'?");
  }

  @Test
  void outputDirectoryGetsOneFilePerRuleAndNoTemporaryFiles() throws Exception {
    Files.writeString(dir.resolve("a.yml"), GOOD);
    Files.writeString(dir.resolve("b.yml"), BAD);
    Path out = dir.resolve("out");
    assertThat(run("compile", "-o", out.toString(), dir.resolve("a.yml").toString(), dir.resolve("b.yml").toString())
        .code()).isEqualTo(1);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(".sigma2sumo-manifest-search", "a.sumo");
    }
    assertThat(Files.readString(out.resolve("a.sumo"))).startsWith("// Good (11111111-1111-4111-8111-111111111111), from "
        + dir.resolve("a.yml") + "\n_sourceCategory");
  }

  @Test
  void jsonHasOneEntryPerRule() throws Exception {
    Files.writeString(dir.resolve("a.yml"), GOOD);
    Files.writeString(dir.resolve("b.yml"), BAD);
    CliRun r = run("compile", "--format", "json", dir.toString());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("rules")).hasSize(2);
    JsonNode good = json.get("rules").get(0);
    assertThat(List.of(good.get("id").asText(), good.get("title").asText(), good.get("target").asText()))
        .containsExactly("11111111-1111-4111-8111-111111111111", "Good", "search");
    assertThat(good.get("query").asText()).startsWith("_sourceCategory=*sysmon*");
    JsonNode bad = json.get("rules").get(1);
    assertThat(bad.get("query").isNull()).isTrue();
    assertThat(bad.get("diagnostics").get(0).get("check").asText()).isEqualTo("sigma-modifier");
  }

  @Test
  void manyRulesAreWrittenUnderDistinctNamesAndATextWithNoUtf8FormIsAnError() throws Exception {
    Path rules = dir.resolve("rules");
    for (int i = 0; i < 200; i++) { // the same file name in two folders: the second file gets "-2"
      String rule = GOOD.replace("id: 11111111-1111-4111-8111-111111111111\n", "")
          .replace("title: Good", "title: Rule " + i);
      Path folder = Files.createDirectories(rules.resolve("d" + i % 2));
      Files.writeString(folder.resolve(String.format("r%03d.yml", i / 2)), rule);
    }
    Path out = dir.resolve("out");
    assertThat(run("compile", "-o", out.toString(), rules.toString()).code()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(201)
          .contains("r000.sumo", "r000-2.sumo", "r099.sumo", "r099-2.sumo");
    }
    assertThat(Files.readString(out.resolve("r000-2.sumo"))).startsWith("// Rule 1, from " + rules.resolve("d1/r000.yml"));
    Path surrogate = Files.writeString(dir.resolve("surrogate.yml"), GOOD.replace("'\\\\evil.exe'", "\"\\ud800\""));
    Path broken = dir.resolve("broken");
    CliRun r = run("compile", "-o", broken.toString(), surrogate.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("cannot write: the text is not valid Unicode (a lone surrogate)");
    assertThat(broken.toFile().list()).isEmpty();
  }

  @Test
  void compilingAgainIntoTheSameDirectoryRewritesOnlyWhatChanged() throws Exception {
    Path a = Files.writeString(dir.resolve("a.yml"), GOOD);
    Path b = Files.writeString(dir.resolve("b.yml"), GOOD.replace("11111111-1111-4111-8111-111111111111",
        "33333333-3333-4333-8333-333333333333"));
    Path out = dir.resolve("out");
    assertThat(run("compile", "-o", out.toString(), a.toString(), b.toString()).code()).isZero();
    Path same = out.resolve("a.sumo");
    Path changed = out.resolve("b.sumo");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(same, old);
    Files.setLastModifiedTime(changed, old);
    Files.writeString(b, Files.readString(b).replace("evil.exe", "other.exe"));
    assertThat(run("compile", "-o", out.toString(), a.toString(), b.toString()).code()).isZero();
    assertThat(Files.getLastModifiedTime(same)).isEqualTo(old);
    assertThat(Files.getLastModifiedTime(changed)).isNotEqualTo(old);
    assertThat(Files.readString(changed)).contains("other\\.exe").doesNotContain("evil");
    assertThat(out.toFile().list()).hasSize(3); // and the manifest
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() throws Exception {
    Files.writeString(dir.resolve("a.yml"), GOOD);
    assertThat(run("compile", "--format", "json", dir.toString()).out())
        .isEqualTo(run("compile", "--format", "json", dir.toString()).out());
  }

  @Test
  void badInputIsADiagnosticNeverAStackTrace() throws Exception {
    Files.write(dir.resolve("binary.yml"), new byte[] {0, 1, 2, 3});
    Files.writeString(dir.resolve("broken.yml"), "title: [unclosed\n");
    Files.writeString(dir.resolve("deep.yml"), "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    Files.writeString(dir.resolve("scalar.yml"), "just text\n");
    CliRun r = run("compile", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("binary.yml: error: binary file").contains("broken.yml:2:1: error[sigma-syntax]")
        .contains("deep.yml:1:").doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("scalar.yml"); // found in a folder and plainly no rule: skipped
    CliRun named = run("compile", dir.resolve("scalar.yml").toString());
    assertThat(named.err()).contains("scalar.yml:1:1: error[sigma-syntax]: not a Sigma rule: its documents are not "
        + "mappings of attributes");
  }

  @Test
  void outputPastWhatEitherTargetTakesIsAnErrorOfTheRuleNotAnInternalOne() throws Exception {
    String rule = ManyValues.rule("Huge", "{category: process_creation, product: windows}", "CommandLine|contains",
        100_000, i -> "value number " + i);
    Path f = Files.writeString(dir.resolve("huge.yml"), rule);
    CliRun search = run("compile", f.toString());
    assertThat(search.code()).isEqualTo(1);
    assertThat(search.err()).contains("Sumo accepts at most 15000, and cut into queries under that it would take")
        .contains("more than 50; keep the values in a lookup table instead").doesNotContain("internal error");
    CliRun cse = run("compile", "--target", "cse", f.toString());
    assertThat(cse.code()).isEqualTo(1);
    assertThat(cse.err()).contains("sigma2sumo checks expressions of up to 1000000; split the rule's values")
        .doesNotContain("internal error");
  }

  @Test
  void aLongListOfNetworksCompilesForCloudSiem() throws Exception {
    String rule = ManyValues.rule("Networks", "{category: network_connection, product: windows}", "DestinationIp|cidr",
        6_000, i -> "10." + i / 256 + "." + i % 256 + ".0/24");
    Path f = Files.writeString(dir.resolve("networks.yml"), rule);
    CliRun cse = run("compile", "--target", "cse", f.toString());
    assertThat(cse.err()).doesNotContain("error");
    assertThat(cse.code()).isZero();
  }

  @Test
  void aCorrelationNamingAMissingRuleIsReportedAtThatName() throws Exception {
    Path f = Files.writeString(dir.resolve("correlation.yml"), GOOD + """
        ---
        title: Two
        correlation:
            type: temporal
            rules: [11111111-1111-4111-8111-111111111111, nowhere]
            group-by: [User]
            timespan: 5m
        """);
    for (String target : List.of("search", "cse")) {
      CliRun r = run("compile", "--target", target, f.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("correlation.yml:11:51: error[compile]: the correlation refers to 'nowhere'");
    }
  }

  @Test
  void aFilterWithAWarningFailsNothingAndOneNamingNoRuleOfTheRunGetsANote() throws Exception {
    Path rule = Files.writeString(dir.resolve("good.yml"), GOOD);
    Path filter = Files.writeString(dir.resolve("filter.yml"), """
        title: Tuning
        logsource: {category: process_creation, product: windows}
        filter:
            rules: [11111111-1111-4111-8111-111111111111, 11111111-1111-4111-8111-11111111111x]
            selection: {ParentImage: '*\\explorer.exe'}
            condition: not selection
        """);
    CliRun r = run("compile", rule.toString(), "--filter", filter.toString(), "--fail-on", "warning");
    assertThat(r.err()).contains("filter.yml:5:17: warning[sigma-wildcard]")
        .contains("filter.yml:4:51: note[compile]: the filter names '11111111-1111-4111-8111-11111111111x', which is "
            + "no rule of this run");
    assertThat(r.out()).contains("ParentImage");
    assertThat(r.code()).isEqualTo(1); // the warning, as --fail-on warning asks
    assertThat(run("compile", rule.toString(), "--filter", filter.toString()).code()).isZero();
  }

  @Test
  void unknownPipelineAndTargetAreUsageErrors() throws Exception {
    Path f = Files.writeString(dir.resolve("good.yml"), GOOD);
    assertThat(run("compile", "-p", "no-such-pipeline", f.toString()).code()).isEqualTo(2);
    CliRun target = run("compile", "--target", "splunk", f.toString());
    assertThat(target.code()).isEqualTo(2);
    assertThat(target.err()).contains("unknown --target 'splunk'; this version compiles to: search, cse");
    Path pipeline = Files.writeString(dir.resolve("p.yml"), "transformations:\n  - type: frobnicate\n");
    CliRun r = run("compile", "-p", pipeline.toString(), f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("p.yml:2:11: error[pipeline]: transformation type 'frobnicate' is not supported");
  }

  @Test
  void userPipelineOverridesScopeAndMapsFields() throws Exception {
    Path f = Files.writeString(dir.resolve("good.yml"), GOOD);
    Path pipeline = Files.writeString(dir.resolve("p.yml"), """
        name: mine
        transformations:
          - type: sumo_scope
            scope: '_index=edr'
          - type: sumo_extraction
            method: none
          - type: field_name_mapping
            mapping: {Image: process.path}
        """);
    CliRun r = run("compile", "-p", pipeline.toString(), f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("_index=edr\n| where num(EventID) = 1 and process.path matches")
        .doesNotContain("parse regex");
  }

  @Test
  void cseTargetWritesCseFilesThatLintClean() throws Exception {
    Path f = Files.writeString(dir.resolve("good.yml"), GOOD);
    Path out = dir.resolve("out");
    CliRun r = run("compile", "--target", "cse", "-o", out.toString(), f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (var files = Files.list(out)) {
      List<Path> written = files.toList();
      assertThat(written).hasSize(2).filteredOn(p -> p.toString().endsWith(".cse")).hasSize(1);
      written = written.stream().filter(p -> p.toString().endsWith(".cse")).toList();
      CliRun lint = run("lint", written.get(0).toString());
      assertThat(lint.code()).as(lint.out()).isZero();
    }
    Path rules = dir.resolve("rules-out");
    CliRun bundled = run("compile", "--target", "cse", "-o", rules.toString(),
        Path.of(System.getProperty("project.root", "."), "rules").toString());
    assertThat(bundled.code()).as(bundled.err()).isZero();
    assertThat(rules.resolve("correlation_lolbin_web_service_c2.link-1.cse")).exists();
    assertThat(rules.resolve("correlation_lolbin_web_service_c2.link-2.cse")).exists();
    CliRun lintAll = run("lint", "--fail-on", "warning", rules.toString());
    assertThat(lintAll.code()).as(lintAll.out()).isZero();
    CliRun json = run("compile", "--target", "cse", "--format", "json", f.toString());
    assertThat(json.out()).contains("\"target\" : \"cse\"").contains("metadata_vendor = 'Microsoft'");
  }
}
