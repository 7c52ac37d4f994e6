package io.github.sigma2sumo.run.cse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How fast prepared expressions test records: every expression compiled from the SigmaHQ corpus
 * ({@code -Dcse.compiled=FILE}, as for {@link CorpusPreparationTest}) against the Windows events of
 * the SigmaHQ regression data, put into Cloud SIEM's shape by a rough mapping of a few Sysmon and
 * Security fields (this test's own, for load only: its matches say nothing about the compiler).
 * Prints the CPU time per test (this thread's, so that other work on a shared machine counts less);
 * fails only when evaluation is absurdly slow or throws.
 */
class EvaluationSpeedTest {

  private static final Map<String, String> SCHEMA = Map.of("Image", "baseImage", "CommandLine", "commandLine",
      "ParentImage", "parentBaseImage", "ParentCommandLine", "parentCommandLine", "TargetFilename", "file_path",
      "ImageLoaded", "file_path", "User", "user_username", "TargetObject", "changeTarget", "DestinationIp",
      "dstDevice_ip", "QueryName", "dns_query");

  @Test
  void compiledCorpusAgainstRegressionEvents() throws IOException {
    String given = System.getProperty("cse.compiled", "");
    Path regression = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sigmahq-regression");
    assumeTrue(!given.isEmpty() && Files.exists(Path.of(given)) && Files.isDirectory(regression),
        "no -Dcse.compiled=FILE or no regression corpus");
    ObjectMapper mapper = new ObjectMapper();
    List<CseExpression> expressions = new ArrayList<>();
    for (JsonNode rule : mapper.readTree(Path.of(given).toFile()).get("rules")) {
      JsonNode query = rule.get("query");
      if (query != null && !query.isNull()) {
        CseExpression.parse(SourceFile.of("q", query.asText())).value().ifPresent(expressions::add);
      }
    }
    List<YMap> records = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(regression)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        try (MappingIterator<JsonNode> events = mapper.readerFor(JsonNode.class)
            .with(JsonParser.Feature.AUTO_CLOSE_SOURCE).readValues(file.toFile())) {
          while (events.hasNext()) {
            records.add(Json.record(mapper.writeValueAsString(normalized(mapper, events.next()))));
          }
        }
      }
    }
    long matched = 0;
    long failed = 0;
    long tests = 0;
    long start = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 2; pass++) {
      start = threads.getCurrentThreadCpuTime();
      matched = 0;
      failed = 0;
      tests = 0;
      for (CseExpression e : expressions) {
        for (YMap r : records) {
          Outcome o = e.test(r);
          tests++;
          matched += o.isMatch() ? 1 : 0;
          failed += o.isFailure() ? 1 : 0;
        }
      }
    }
    double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / tests;
    System.out.printf("%d expressions x %d records: %d tests, %d matched, %d failed, %.2f us of CPU per test%n",
        expressions.size(), records.size(), tests, matched, failed, micros);
    assertThat(expressions).hasSizeGreaterThan(3000);
    assertThat(records).hasSizeGreaterThan(100);
    assertThat(micros).isLessThan(50);
  }

  private static ObjectNode normalized(ObjectMapper mapper, JsonNode event) {
    JsonNode system = event.path("Event").path("System");
    JsonNode data = event.path("Event").path("EventData");
    ObjectNode record = mapper.createObjectNode();
    record.put("metadata_vendor", "Microsoft");
    record.put("metadata_product", "Windows");
    String channel = system.path("Channel").asText();
    record.put("metadata_deviceEventId", (channel.equals("Microsoft-Windows-Sysmon/Operational") ? channel
        : channel.replaceAll("/.*", "")) + "-" + system.path("EventID").asText());
    record.put("device_hostname", system.path("Computer").asText());
    ObjectNode fields = record.putObject("fields");
    data.fields().forEachRemaining(e -> {
      String value = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
      fields.put("EventData." + e.getKey(), value);
      if (SCHEMA.containsKey(e.getKey())) {
        record.put(SCHEMA.get(e.getKey()), value);
      }
    });
    return record;
  }
}
