package io.github.sigma2sumo.run.sumo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sigma2sumo.parallel.ParallelMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rule x event evaluations per second: the compiled SigmaHQ corpus crossed with SigmaHQ's
 * regression events, each query run over all events, on one thread and on every core. Runs only
 * with {@code -Dbench=true}: {@code mvn -o test -Dtest=InterpreterBenchmark -Dbench=true}.
 */
class InterpreterBenchmark {

  @Test
  void evaluationsPerSecond() throws Exception {
    assumeTrue(Boolean.getBoolean("bench"), "run with -Dbench=true");
    List<PreparedQuery> queries = new ArrayList<>();
    for (List<String> parts : CompiledSigmaCorpusTest.compiled().values()) {
      parts.forEach(q -> queries.add(Runs.prepare(q)));
    }
    List<LogMessage> events = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    Path data = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sigmahq-regression");
    try (Stream<Path> walk = Files.walk(data)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
          while (it.hasNext()) {
            events.add(WindowsXml.message(it.next()));
          }
        }
      }
    }
    long pairs = (long) queries.size() * events.size();
    System.out.printf("%d queries x %d events = %d pairs%n", queries.size(), events.size(), pairs);
    for (int round = 0; round < 5; round++) {
      Messages messages = Messages.of(events);
      java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long fired = 0;
      for (PreparedQuery q : queries) {
        fired += q.run(messages).rows().size();
      }
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      Messages shared = Messages.of(events);
      List<Integer> rows = ParallelMap.map(queries, q -> q.run(shared).rows().size());
      long t2 = System.nanoTime();
      System.out.printf("round %d: 1 thread %.0f pairs/s (%.0f per CPU second; %d rows), all cores %.0f pairs/s"
          + " (%d rows)%n", round, pairs / ((t1 - t0) / 1e9), pairs / ((c1 - c0) / 1e9), fired,
          pairs / ((t2 - t1) / 1e9), rows.stream().mapToLong(i -> i).sum());
    }
  }
}
