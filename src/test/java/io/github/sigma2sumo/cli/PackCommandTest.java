package io.github.sigma2sumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sigma2sumo.pack.HclReader;
import io.github.sigma2sumo.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `sigma2sumo pack`: the bundled rules in all three formats against reviewed golden files, the JSON
 * packs against JSON Schemas written from the reference, the HCL read back (and checked by
 * `terraform fmt -check` when a terraform binary is on the PATH), failures that leave no file.
 */
class PackCommandTest {
  private static final Path PROJECT = Path.of(System.getProperty("project.root", "."));
  private static final Path GOLDEN = Golden.ROOT.resolve("pack");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private String pack(String format, String... extra) throws IOException {
    Path out = dir.resolve("pack." + format);
    // a path relative to where the tests run, as a user gives it: packs name each rule's file
    Path rules = Path.of(System.getProperty("user.dir")).relativize(PROJECT.resolve("rules").toAbsolutePath());
    List<String> args = new java.util.ArrayList<>(List.of("pack", rules.toString(), "--format", format, "-o",
        out.toString()));
    args.addAll(List.of(extra));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    return Files.readString(out);
  }

  @Test
  void cseRulesPackMatchesGoldenAndSchema() throws IOException {
    String text = pack("cse-rules");
    Golden.assertMatches(GOLDEN.resolve("rules.cse-rules.json"), text);
    assertThat(violations("cse-rules.schema.json", text)).isEmpty();
    JsonNode rules = JSON.readTree(text).get("rules");
    assertThat(rules).extracting(r -> r.get("type").asText())
        .containsExactlyInAnyOrder("chain", "match", "match", "aggregation", "match", "match", "match", "match");
    for (JsonNode r : rules) {
      assertThat(r.at("/fields/descriptionExpression").asText(r.at("/fields/description").asText()))
          .contains("Sigma rule \"" + r.at("/fields/name").asText() + "\"").contains("Licence: Apache-2.0. File: rules/");
    }
  }

  @Test
  void contentPackMatchesGoldenAndSchema() throws IOException {
    String text = pack("content", "--email", "soc@example.com");
    Golden.assertMatches(GOLDEN.resolve("rules.content.json"), text);
    assertThat(violations("content.schema.json", text)).isEmpty();
    assertThat(violations("content.schema.json", pack("content"))).as("unscheduled").isEmpty();
  }

  @Test
  void terraformMatchesGoldenReadsBackAndIsFormatted() throws Exception {
    String text = pack("terraform");
    Golden.assertMatches(GOLDEN.resolve("rules.tf"), text);
    List<HclReader.Block> blocks = HclReader.parse(text);
    // without it, terraform init looks for hashicorp/sumologic, which does not exist
    assertThat(blocks.get(0).type()).isEqualTo("terraform");
    assertThat(blocks.get(0).blocks().get(0).attributes().get("sumologic"))
        .isEqualTo(java.util.Map.of("source", "SumoLogic/sumologic"));
    JsonNode rules = JSON.readTree(pack("cse-rules")).get("rules");
    List<HclReader.Block> resources = blocks.stream()
        .filter(b -> b.type().equals("resource") && b.labels().get(0).startsWith("sumologic_cse_")).toList();
    assertThat(resources).hasSize(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      JsonNode fields = rules.get(i).get("fields");
      var resource = resources.get(i);
      assertThat(resource.labels().get(0)).isEqualTo("sumologic_cse_" + rules.get(i).get("type").asText() + "_rule");
      assertThat(resource.attributes().get("name")).isEqualTo(fields.get("name").asText());
      if (fields.has("expression")) {
        assertThat(resource.attributes().get("expression")).isEqualTo(fields.get("expression").asText());
      }
      assertThat(resource.blocks().stream().filter(b -> b.type().equals("entity_selectors")).count())
          .isEqualTo(fields.get("entitySelectors").size());
    }
    var content = blocks.stream().filter(b -> b.labels().contains("sumologic_content")).findFirst().orElseThrow();
    assertThat(JSON.readTree((String) content.attributes().get("config"))).isEqualTo(JSON.readTree(pack("content")));
    terraformFmtCheck(text);
  }

  @Test
  void aFailedRuleLeavesNoFileUnlessKeepGoing() throws IOException {
    Path rules = dir.resolve("in");
    Files.createDirectories(rules);
    Files.copy(PROJECT.resolve("rules/t1567.002/file_event_win_rclone_config_drop.yml"), rules.resolve("good.yml"));
    Files.writeString(rules.resolve("keywords.yml"), "title: Keywords only\nlogsource: {product: linux}\n"
        + "detection:\n  keywords: [evil]\n  condition: keywords\n");
    Path out = dir.resolve("pack.json");
    CliRun failed = CliRun.of("pack", rules.toString(), "--format", "cse-rules", "-o", out.toString());
    assertThat(failed.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(failed.err()).contains("keywords.yml: Keywords only (cse)").contains("not written: 1 rule(s) failed");
    assertThat(out).doesNotExist();
    CliRun kept = CliRun.of("pack", rules.toString(), "--format", "cse-rules", "-o", out.toString(), "--keep-going");
    assertThat(kept.code()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(JSON.readTree(out.toFile()).get("rules")).hasSize(1);
    assertThat(dir.toFile().list()).allMatch(n -> !n.endsWith(".tmp"));
  }

  /** A warning on a correlation's building block is reported; it does not make the block a rule of its own. */
  @Test
  void aBuildingBlockWithAWarningStaysInsideItsCorrelation() throws IOException {
    Path rules = Files.writeString(dir.resolve("rules.yml"), """
        title: Evil Process
        id: 11111111-1111-4111-8111-111111111111
        name: evil
        logsource: {category: process_creation, product: windows}
        detection:
            sel: {Image: '*\\evil.exe'}
            condition: sel
        ---
        title: Many Evil Processes
        id: 22222222-2222-4222-8222-222222222222
        correlation:
            type: event_count
            rules: [evil]
            group-by: [User]
            timespan: 10m
            condition: {gte: 5}
        """);
    for (String format : List.of("cse-rules", "content", "terraform")) {
      Path out = dir.resolve("pack." + format);
      CliRun run = CliRun.of("pack", rules.toString(), "--format", format, "-o", out.toString());
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).contains("warning[sigma-wildcard]").contains("1 rule(s) written");
      assertThat(Files.readString(out)).as(format).contains("Many Evil Processes").doesNotContain("\"Evil Process\"");
    }
  }

  @Test
  void aWarningInAFilterFileDoesNotStopThePack() throws IOException {
    Path filter = Files.writeString(dir.resolve("filter.yml"), """
        title: Tuning
        logsource: {product: windows}
        filter:
            rules: [any]
            selection: {ParentImage: '*\\explorer.exe'}
            condition: not selection
        """);
    Path rules = Path.of(System.getProperty("user.dir")).relativize(PROJECT.resolve("rules").toAbsolutePath());
    Path out = dir.resolve("pack.json");
    CliRun run = CliRun.of("pack", rules.toString(), filter.toString(), "--format", "cse-rules", "-o", out.toString());
    assertThat(run.err()).contains("warning[sigma-wildcard]").doesNotContain("failed:");
    assertThat(run.code()).isZero();
    assertThat(Files.readString(out)).contains("explorer");
  }

  /** Sigma text goes into template fields (nameExpression, a mail subject); a '{{' there must not become a token. */
  @Test
  void sigmaTextNeverOpensATemplateToken() throws IOException {
    Path rule = Files.writeString(dir.resolve("rule.yml"), """
        title: Server-Side Template Injection Probe {{7*7}}
        id: 33333333-3333-4333-8333-333333333333
        description: 'A request holding {{config}} or {{ self }}'
        logsource: {category: process_creation, product: windows}
        detection:
            sel: {CommandLine|contains: 'x'}
            condition: sel
        """);
    for (String format : List.of("cse-rules", "content", "terraform")) {
      Path out = dir.resolve("pack." + format);
      CliRun run = CliRun.of("pack", rule.toString(), "--format", format, "-o", out.toString(), "--email", "a@b.c");
      assertThat(run.code()).as(run.err()).isZero();
      List<String> templates = Files.readAllLines(out).stream()
          .filter(l -> l.matches("(?i).*(name|description|summary)_?expression.*|.*subjectTemplate.*")).toList();
      assertThat(templates).as(format).isNotEmpty().noneMatch(l -> l.contains("{{"))
          .anyMatch(l -> l.contains("Probe { {7*7}}"));
    }
  }

  @Test
  void packsAreByteIdenticalAcrossRuns() throws IOException {
    for (String format : List.of("cse-rules", "content", "terraform")) {
      assertThat(pack(format)).isEqualTo(pack(format));
    }
  }

  @Test
  void anOutputThatCannotBeWrittenIsAUsageErrorSaidPlainly() throws IOException {
    String rule = PROJECT.resolve("rules/t1567.002/file_event_win_rclone_config_drop.yml").toString();
    CliRun intoDirectory = CliRun.of("pack", rule, "--format", "cse-rules", "-o", dir.toString());
    assertThat(intoDirectory.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(intoDirectory.err()).contains(dir + ": error: cannot write: it is a directory");
    Path missing = dir.resolve("missing/pack.json");
    CliRun noDirectory = CliRun.of("pack", rule, "--format", "cse-rules", "-o", missing.toString());
    assertThat(noDirectory.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noDirectory.err()).contains(missing + ": error: cannot write: the directory does not exist");
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("pack", "rules", "--format", "xml", "-o", dir.resolve("x").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("expected cse-rules, content or terraform, not 'xml'");
  }

  private static List<Error> violations(String schemaName, String json) throws IOException {
    try (InputStream in = PackCommandTest.class.getResourceAsStream("/schemas/" + schemaName)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      return schema.validate(JSON.readTree(json));
    }
  }

  private void terraformFmtCheck(String text) throws Exception {
    Path tf = dir.resolve("tf");
    Files.createDirectories(tf);
    Files.writeString(tf.resolve("main.tf"), text);
    Process p;
    try {
      p = new ProcessBuilder("terraform", "fmt", "-check", "-diff", "main.tf").directory(tf.toFile())
          .redirectErrorStream(true).start();
    } catch (IOException noTerraform) {
      assumeTrue(false, "no terraform binary on the PATH");
      return;
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.exitValue()).as("terraform fmt -check -diff:%n%s", output).isZero();
  }
}
