package io.github.sigma2sumo.cases;

import io.github.sigma2sumo.run.events.JsonTree;
import io.github.sigma2sumo.run.events.Outcome;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import java.util.Optional;

/** The JSON values of an events file (one, or several one after another), or a problem where it is not JSON. */
final class JsonValues {
  private JsonValues() {}

  static Optional<List<YNode>> read(SourceFile file, List<TestCases.Problem> problems) {
    Outcome<List<YNode>> values = JsonTree.read(file);
    if (values instanceof Outcome.Failed<List<YNode>> failed) {
      problems.add(new TestCases.Problem(file, failed.span(), failed.message()));
      return Optional.empty();
    }
    return Optional.of(values.value());
  }
}
