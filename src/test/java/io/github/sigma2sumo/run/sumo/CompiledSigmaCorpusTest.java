package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.compile.RuleCompiler;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SigmaHQ corpus compiled with the default pipelines, the Windows format set to XML
 * ({@code -p windows-xml}; the compiler only makes the input here): every compiled query prepares,
 * and the rules of SigmaHQ's regression data fire on their own events, rendered as Windows XML by
 * this test's own writer. (The test command's run of the same captures covers every format.)
 */
class CompiledSigmaCorpusTest {

  /** Rules that do not fire on their events, and why. */
  /** None since the default pipeline reads UserData elements too (WMI-Activity 5858's Operation). */
  private static final Map<String, String> KNOWN_MISSES = Map.of();

  @Test
  void everyCompiledQueryPrepares() throws Exception {
    Map<String, List<String>> refused = new TreeMap<>();
    int prepared = 0;
    for (Map.Entry<String, List<String>> e : compiled().entrySet()) {
      for (String part : e.getValue()) {
        Preparation p = SumoInterpreter.prepare(Runs.parse(part), Lookups.none());
        if (p.query().isPresent()) {
          prepared++;
        } else {
          refused.put(e.getKey(), p.problems().stream().map(Problem::message).toList());
        }
      }
    }
    assertThat(refused).isEmpty();
    assertThat(prepared).isGreaterThan(3000);
  }

  @Test
  void regressionEventsFireTheirRules() throws Exception {
    Path data = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sigmahq-regression");
    assumeTrue(Files.isDirectory(data), "corpus not present");
    Map<String, List<String>> queries = compiled();
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> missed = new TreeMap<>();
    int fired = 0;
    List<Path> events;
    try (Stream<Path> walk = Files.walk(data)) {
      events = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : events) {
      String id = file.getFileName().toString().replace(".json", "");
      List<String> parts = queries.get(id);
      if (parts == null) {
        missed.put(id, "no compiled query");
        continue;
      }
      List<LogMessage> messages = new ArrayList<>();
      try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
        while (it.hasNext()) {
          messages.add(WindowsXml.message(it.next()));
        }
      }
      // a query over Sumo's limit is in parts whose union is the rule
      if (parts.stream().anyMatch(part -> Runs.prepare(part).run(messages).fired())) {
        fired++;
      } else {
        missed.put(id, parts.get(0) + "\n" + messages.get(0).raw());
      }
    }
    assertThat(missed.keySet()).as("missed: %s", missed).containsExactlyInAnyOrderElementsOf(KNOWN_MISSES.keySet());
    assertThat(fired).isEqualTo(events.size() - KNOWN_MISSES.size());
  }

  private static Map<String, List<String>> compiled;

  /** Compiled queries by rule id. */
  static synchronized Map<String, List<String>> compiled() throws Exception {
    if (compiled != null) {
      return compiled;
    }
    Path corpus = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sigmahq");
    assumeTrue(Files.isDirectory(corpus), "corpus not present");
    DiagnosticSink problems = new DiagnosticSink(SourceFile.of("pipelines", ""));
    List<Pipeline> pipelines = new ArrayList<>();
    List<String> xml = List.of("windows-xml");
    for (String name : Pipelines.defaultNames(Target.SEARCH, xml)) {
      pipelines.add(Pipelines.builtIn(name, problems).orElseThrow());
    }
    pipelines.add(Pipelines.builtIn(xml.get(0), problems).orElseThrow());
    RuleCompiler compiler = new RuleCompiler(pipelines);
    Map<String, List<String>> out = new HashMap<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        for (CompiledRule rule : compiler.compile(SourceFile.of(file.toString(), Files.readString(file)))) {
          if (!rule.failed()) {
            rule.id().ifPresent(id -> out.put(id, rule.queryParts()));
          }
        }
      }
    }
    compiled = out;
    return out;
  }
}
