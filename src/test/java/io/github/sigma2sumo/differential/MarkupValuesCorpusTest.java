package io.github.sigma2sumo.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every value of the SigmaHQ Windows rules that holds {@code &}, {@code <} or {@code >}
 * (Invoke-Obfuscation's {@code &&}, {@code 2>&1}, {@code <unknown process>}, the {@code <Command>}
 * of Security 4698 ...): each is put alone in a rule of its own (the rule's log source, the item's
 * field and modifiers, that one value), an event is generated to satisfy it ({@link EventGenerator}),
 * and the compiled log search must fire on it in every Windows format whose message carries the
 * field, rendered as that format's shipper writes it: XML with entities, the Installed Collector's
 * JSON, and the OpenTelemetry collector's JSON with Go's escaping of these very characters. The
 * rule logic around a value is the differential test's business; this one isolates the value.
 */
class MarkupValuesCorpusTest {
  private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"windows-json", "windows-xml", "windows-otel"})
  void everyMarkupValueOfTheCorpusFiresInEachFormat(String format) throws Exception {
    Path corpus = CORPUS.resolve("sigmahq");
    assumeTrue(Files.isDirectory(corpus), "corpus not present");
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Path cases = Files.createDirectories(dir.resolve("cases"));
    EventGenerator generator = new EventGenerator(DifferentialCorpusTest.envelopes(), 0);
    Set<String> sourceRules = new TreeSet<>();
    int derived = 0;
    int notGenerated = 0;
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        for (ObjectNode rule : markupRules(Files.readString(file))) {
          String text = JSON.writeValueAsString(rule);
          var result = generator.generate(text);
          if (result.isEmpty() || result.get().events().isEmpty()) {
            result = witnessed(rule).flatMap(generator::generate); // a regex: a text written to match it
          }
          if (result.isEmpty() || result.get().events().isEmpty()) {
            notGenerated++;
            continue;
          }
          derived++;
          sourceRules.add(rule.get("title").asText().replaceFirst(" #\\d+$", ""));
          Files.writeString(rules.resolve(rule.get("id").asText() + ".yml"), text);
          ObjectNode doc = JSON.createObjectNode().put("rule", rule.get("id").asText());
          ObjectNode test = doc.putArray("tests").addObject().put("name", "the value").put("expect", "match");
          ObjectNode event = test.putArray("events").addObject();
          result.get().events().get(0).event().forEach(event::put);
          Files.writeString(cases.resolve(rule.get("id").asText() + ".tests.yml"), JSON.writeValueAsString(doc));
        }
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {"test", "--format", "json", "--target", "search", "-p", format, rules.toString(), cases.toString()};
    io.github.sigma2sumo.cli.Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    JsonNode report = JSON.readTree(out.toString());
    assertThat(report.has("cases")).as("%s%n%s", err, out).isTrue();
    Map<String, String> misses = new TreeMap<>();
    Set<String> refused = new TreeSet<>();
    for (JsonNode c : report.get("cases")) {
      String title = c.get("ruleTitle").asText();
      assertThat(c.get("judgements").get(0).get("status").asText()).as(title).isEqualTo("expected");
      JsonNode search = c.get("judgements").get(1);
      if (search.get("outcome").asText().contains("cannot be read")) {
        refused.add(title); // a format without the field says so (OTel: UserData)
      } else if (!search.get("status").asText().equals("expected")) {
        misses.put(title, search.get("outcome").asText());
      }
    }
    System.out.printf("markup values (%s): %d values of %d rules fire; %d not generated; %d refused%n", format,
        derived, sourceRules.size(), notGenerated, refused.size());
    assertThat(report.get("cases")).hasSize(derived);
    assertThat(misses).isEmpty();
    assertThat(refused).isEmpty();
    assertThat(notGenerated).isZero();
    assertThat(sourceRules).hasSizeGreaterThanOrEqualTo(66);
  }

  /**
   * The regexes of these values, which the generator does not write text for, each with a text that
   * matches it (checked here with java.util.regex before use).
   */
  private static final Map<String, String> WITNESSES = Map.of(
      "cmd.{0,5}(?:/c|/r).+clip(?:\\.exe)?.{0,4}&&.+clipboard]::\\(\\s\\\\\"\\{\\d\\}.+-f.+\"",
      "cmd /c echo x|clip&&powershell [windows.clipboard]::( \\\"{0}x -f y\"",
      "(?i)(set).*&&\\s?set.*(environment|invoke|\\$?\\{?input).*&&.*\"", "set a=1&& set b=invoke&&cmd \"x\"",
      "(?i)(set).*&&\\s?set.*(environment|invoke|\\$\\{?input).*&&.*\"", "set a=1&& set b=invoke&&cmd \"x\"",
      "(?i)(?:set).*&&\\s?set.*(?:environment|invoke|\\$\\{?input).*&&.*\"", "set a=1&& set b=invoke&&cmd \"x\"",
      "(?i)echo.*clip.*&&.*(Clipboard|i`?n`?v`?o`?k`?e`?)", "echo x|clip&&Clipboard",
      "(?i)echo.*clip.*&&.*(?:Clipboard|i`?n`?v`?o`?k`?e`?)", "echo x|clip&&i`n`v`o`k`e",
      "(?i)&&set.*(\\{\\d\\}){2,}\\\\\"\\s+?-f.*&&.*cmd.*/c", "&&set x={0}{1}\\\" -f a&&cmd /c",
      "\\s-\\s*<", "powershell - < script.ps1");

  /** The rule with its one regex value replaced by a plain value that the regex matches. */
  private static java.util.Optional<String> witnessed(ObjectNode rule) {
    ObjectNode sel = (ObjectNode) rule.get("detection").get("sel");
    String key = sel.fieldNames().next();
    String regex = sel.get(key).asText();
    if (!key.endsWith("|re") || !WITNESSES.containsKey(regex)) {
      return java.util.Optional.empty();
    }
    String text = WITNESSES.get(regex);
    assertThat(java.util.regex.Pattern.compile(regex).matcher(text).find()).as(regex + " / " + text).isTrue();
    ObjectNode plain = rule.deepCopy();
    ((ObjectNode) plain.get("detection")).putObject("sel").put(key.substring(0, key.length() - 3), text);
    try {
      return java.util.Optional.of(JSON.writeValueAsString(plain));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A rule of its own for each value holding & < > of a Windows rule's field items. */
  private static List<ObjectNode> markupRules(String ruleText) {
    List<ObjectNode> out = new ArrayList<>();
    List<YNode> documents;
    try {
      documents = YamlTree.documents(ruleText);
    } catch (YamlTree.YamlException e) {
      return out;
    }
    if (documents.size() != 1 || !(documents.get(0) instanceof YMap rule)
        || !(rule.get("logsource").orElse(null) instanceof YMap logsource)
        || !(rule.get("detection").orElse(null) instanceof YMap detection)
        || !(rule.get("title").orElse(null) instanceof YScalar title)) {
      return out;
    }
    ObjectNode source = JSON.createObjectNode();
    logsource.entries().values().stream().filter(e -> e.value() instanceof YScalar)
        .forEach(e -> source.put(e.key(), ((YScalar) e.value()).text()));
    if (!"windows".equals(source.path("product").asText())) {
      return out;
    }
    for (Entry selection : detection.entries().values()) {
      List<YMap> maps = new ArrayList<>();
      if (selection.value() instanceof YMap m) {
        maps.add(m);
      } else if (selection.value() instanceof YList l) {
        l.items().stream().filter(YMap.class::isInstance).forEach(i -> maps.add((YMap) i));
      }
      for (YMap map : maps) {
        for (Entry item : map.entries().values()) {
          List<YNode> values = item.value() instanceof YList l ? l.items() : List.of(item.value());
          for (YNode v : values) {
            if (v instanceof YScalar scalar && scalar.text().matches("(?s).*[&<>].*")) {
              ObjectNode derived = JSON.createObjectNode();
              derived.put("title", title.text() + " #" + out.size());
              derived.put("id", UUID.nameUUIDFromBytes((title.text() + out.size()).getBytes(StandardCharsets.UTF_8))
                  .toString());
              derived.set("logsource", source);
              ObjectNode d = derived.putObject("detection");
              d.putObject("sel").put(item.key(), scalar.text());
              d.put("condition", "sel");
              out.add(derived);
            }
          }
        }
      }
    }
    return out;
  }
}
