package io.github.sigma2sumo.run.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SigmaHQ's true-positive regression captures (../shared/corpus/sigmahq-regression): each names a
 * rule of the SigmaHQ corpus and holds the EVTX event(s) on which SigmaHQ's own checker fires it,
 * so the evaluator must match every one of them.
 */
class RegressionCorpusTest {

  private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));

  /** Captures the evaluator does not match, and why. */
  private static final Map<String, String> KNOWN = Map.of();

  private static final YMap EMPTY = new YMap(Map.of(), io.github.sigma2sumo.source.Span.SYNTHETIC);

  @Test
  void everyCaptureMatchesTheRuleItNames() throws Exception {
    Path regression = CORPUS.resolve("sigmahq-regression");
    assumeTrue(Files.isDirectory(regression), "corpus not present");
    Map<String, SigmaRule> rules = rulesById(CORPUS.resolve("sigmahq"));
    Map<String, String> failures = new TreeMap<>();
    int captures = 0;
    List<String> matchingEmpty = new java.util.ArrayList<>();
    int events = 0;
    List<Path> infos;
    try (Stream<Path> files = Files.walk(regression)) {
      infos = files.filter(p -> p.getFileName().toString().equals("info.yml")).sorted().toList();
    }
    for (Path info : infos) {
      YMap meta = (YMap) YamlTree.documents(Files.readString(info)).get(0);
      String id = ((YamlTree.YScalar) ((YMap) ((YamlTree.YList) meta.get("rule_metadata").orElseThrow()).items().get(0))
          .get("id").orElseThrow()).text();
      SigmaRule rule = rules.get(id);
      if (rule == null) {
        failures.put(id, "the rule is not in the corpus or does not load");
        continue;
      }
      SigmaEvaluator.Result built = SigmaEvaluator.of(rule, Map.of());
      if (!built.isOk()) {
        failures.put(id, "no evaluator: " + built.errors());
        continue;
      }
      captures++;
      if (built.evaluator().get().explain(EMPTY).matched()) {
        matchingEmpty.add(id);
      }
      List<Path> jsons;
      try (Stream<Path> files = Files.list(info.getParent())) {
        jsons = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      boolean any = false;
      for (Path json : jsons) {
        for (String object : EvtxEvents.split(Files.readString(json))) {
          events++;
          Explanation e = built.evaluator().get().explain(EvtxEvents.flatten(object));
          if (e.isError()) {
            failures.put(id, "error: " + e.error().get());
          }
          any |= e.matched();
          if (!e.matched() && !any) {
            failures.putIfAbsent(id + "#" + events, "no match: " + e.items().stream()
                .filter(v -> !v.matched()).map(v -> v.identifier() + "/" + v.key() + " " + v.eventValue().orElse(""))
                .toList());
          }
        }
      }
      if (any) {
        failures.keySet().removeIf(k -> k.startsWith(id + "#"));
      }
    }
    assertThat(infos).hasSizeGreaterThan(100);
    assertThat(failures).as("%d captures, %d events", captures, events).isEqualTo(KNOWN);
    assertThat(captures).isEqualTo(infos.size() - KNOWN.size());
    assertThat(events).isGreaterThanOrEqualTo(captures);
    assertThat(matchingEmpty).as("rules that match an event without fields").isEmpty();
  }

  static Map<String, SigmaRule> rulesById(Path sigmahq) throws IOException {
    Map<String, SigmaRule> out = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sigmahq)) {
      files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
    for (Path f : files) {
      SourceFile source = SourceFile.of(sigmahq.relativize(f).toString(), Files.readString(f));
      for (SigmaRule r : SigmaLoader.load(source, new DiagnosticSink(source)).rules()) {
        r.id().ifPresent(id -> out.put(id, r));
      }
    }
    return out;
  }
}
