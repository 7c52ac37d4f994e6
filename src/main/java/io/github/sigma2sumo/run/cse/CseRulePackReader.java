package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a whole {@code pack --format cse-rules} file, {@code {"rules": [{"type",
 * "endpoint", "fields"}, ...]}} (docs/packs.md): each entry prepared on its own, so that one broken
 * rule leaves the others usable.
 */
public final class CseRulePackReader {

  private CseRulePackReader() {}

  /** Each entry of the pack, in order; the pack itself fails only when it is not of that shape. */
  public static Prepared<List<Prepared<CseRuleEvaluator>>> read(YNode pack) {
    Optional<YNode> rules = pack instanceof YMap m ? m.get("rules") : Optional.empty();
    if (rules.isEmpty() || !(rules.get() instanceof YList list)) {
      return Prepared.failed(List.of(new Problem(pack.span(), "a Cloud SIEM rule pack is {\"rules\": [...]}")));
    }
    List<Prepared<CseRuleEvaluator>> out = new ArrayList<>(list.items().size());
    for (YNode entry : list.items()) {
      out.add(CseRuleEvaluator.fromApiBody(entry));
    }
    return Prepared.of(out);
  }
}
