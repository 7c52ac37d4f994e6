import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.compile.RuleCompiler;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.parallel.ParallelMap;
import io.github.sigma2sumo.run.events.JsonTree;
import io.github.sigma2sumo.run.events.Rendering;
import io.github.sigma2sumo.run.events.Renderings;
import io.github.sigma2sumo.run.sumo.LogMessage;
import io.github.sigma2sumo.run.sumo.Lookups;
import io.github.sigma2sumo.run.sumo.Messages;
import io.github.sigma2sumo.run.sumo.PreparedQuery;
import io.github.sigma2sumo.run.sumo.SumoInterpreter;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rule x event evaluations per second of the Sumo interpreter: every query compiled from the SigmaHQ
 * corpus, run over every regression capture rendered as Windows event XML (what the default
 * pipeline reads), five rounds, on one thread (with its CPU time) and on every core. Run through
 * bench/test-corpus.sh.
 */
public class InterpreterBench {
  public static void main(String[] args) throws Exception {
    Path rules = Path.of(args[0]);
    Path captures = Path.of(args[1]);
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(rules)) {
      for (Path p : walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        files.add(SourceFile.of(p.toString(), Files.readString(p)));
      }
    }
    List<PreparedQuery> queries = new ArrayList<>();
    for (CompiledRule r : new RuleCompiler(Pipelines.defaults(Target.SEARCH), Target.SEARCH).compileAll(files)) {
      // a query past Sumo's length limit is compiled as parts, each a query of its own
      for (String part : r.queryParts()) {
        Query q = QueryParser.parse(SourceFile.of("q", part)).query().orElseThrow();
        SumoInterpreter.prepare(q, Lookups.none()).query().ifPresent(queries::add);
      }
    }
    Rendering xml = Renderings.byName("windows-xml").orElseThrow();
    List<LogMessage> events = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(captures)) {
      for (Path p : walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (YNode node : JsonTree.read(SourceFile.of(p.toString(), Files.readString(p))).value()) {
          String raw = xml.render(xml.read((YMap) node).value()).value().raw();
          events.add(new LogMessage(raw, Map.of("_sourceCategory", "windows/sysmon"), 0, 0));
        }
      }
    }
    long pairs = (long) queries.size() * events.size();
    System.out.printf("%d queries x %d events = %d rule x event evaluations per round%n", queries.size(),
        events.size(), pairs);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 5; round++) {
      Messages messages = Messages.of(events);
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long rows = 0;
      for (PreparedQuery q : queries) {
        rows += q.run(messages).rows().size();
      }
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      Messages shared = Messages.of(events);
      long parallelRows = ParallelMap.map(queries, q -> q.run(shared).rows().size()).stream().mapToLong(i -> i).sum();
      long t2 = System.nanoTime();
      System.out.printf("round %d: one thread %,.0f /s (%,.0f per CPU second), all cores %,.0f /s; %d rows%s%n",
          round, pairs / ((t1 - t0) / 1e9), pairs / ((c1 - c0) / 1e9), pairs / ((t2 - t1) / 1e9), rows,
          rows == parallelRows ? "" : " (the parallel run gave " + parallelRows + ")");
    }
  }
}
