package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;

/** Records, rule bodies and prepared expressions from text, for the tests of this package. */
final class Json {

  private Json() {}

  static YNode node(String json) {
    try {
      List<YNode> docs = YamlTree.documents(json);
      if (docs.size() != 1) {
        throw new IllegalArgumentException("one JSON document expected: " + json);
      }
      return docs.get(0);
    } catch (YamlTree.YamlException e) {
      throw new IllegalArgumentException(e.getMessage() + ": " + json, e);
    }
  }

  static YMap record(String json) {
    return (YMap) node(json);
  }

  static CseExpression expression(String text) {
    Prepared<CseExpression> p = CseExpression.parse(SourceFile.of("test.cse", text));
    if (!p.isReady()) {
      throw new AssertionError("does not prepare: " + text + " " + p.problems());
    }
    return p.value().get();
  }

  static List<Problem> problems(String text) {
    return CseExpression.parse(SourceFile.of("test.cse", text)).problems();
  }
}
