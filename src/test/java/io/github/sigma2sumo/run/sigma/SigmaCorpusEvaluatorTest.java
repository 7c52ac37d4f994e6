package io.github.sigma2sumo.run.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the SigmaHQ corpus (../shared/corpus/sigmahq) that loads gives an evaluator or
 * a clear error at a place in its file; none throws, and every evaluator judges an empty event.
 */
class SigmaCorpusEvaluatorTest {

  /** Rules without an evaluator, and why. */
  private static final Map<String, String> KNOWN = Map.of();

  @Test
  void everyLoadedRuleGivesAnEvaluatorOrAClearError() throws Exception {
    Path corpus = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sigmahq");
    assumeTrue(Files.isDirectory(corpus), "corpus not present");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
    int loaded = 0;
    int evaluators = 0;
    Map<String, String> rejected = new TreeMap<>();
    YMap empty = new YMap(Map.of(), Span.SYNTHETIC);
    for (Path f : files) {
      SourceFile source = SourceFile.of(corpus.relativize(f).toString(), Files.readString(f));
      for (SigmaRule rule : SigmaLoader.load(source, new DiagnosticSink(source)).rules()) {
        loaded++;
        SigmaEvaluator.Result r = SigmaEvaluator.of(rule, Map.of());
        if (r.isOk()) {
          evaluators++;
          assertThat(r.evaluator().get().explain(empty).isError()).as(source.name()).isFalse();
        } else {
          assertThat(r.errors()).as(source.name()).isNotEmpty();
          Diagnostic d = r.errors().get(0);
          rejected.put(source.name(), d.location().line() + ":" + d.location().column() + ": " + d.message());
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(3000);
    assertThat(rejected).as("%d of %d rules give an evaluator", evaluators, loaded).isEqualTo(KNOWN);
    assertThat(evaluators).isEqualTo(loaded - KNOWN.size());
    assertThat(loaded).isGreaterThan(3000);
  }
}
