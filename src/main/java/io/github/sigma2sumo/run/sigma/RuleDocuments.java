package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw YAML document of a loaded rule or filter: the file's documents read again and the one
 * at the rule's span picked, so that the evaluator reads the detection as written rather than
 * as the loader modelled it.
 *
 * <p>Legacy rule collections (pySigma's {@code action: global}, {@code reset}, {@code repeat};
 * the Sigma 1 specification) are replayed: a rule document is deep-merged with the current
 * global document, whose values win a conflict; a {@code repeat} document is merged over the
 * previous rule, its own values winning. Correlation and filter documents are never merged.
 */
final class RuleDocuments {

  private RuleDocuments() {}

  /** The effective document of {@code source} that starts where {@code span} does. */
  static YMap at(SourceFile source, Span span) throws RuleProblem {
    List<YNode> documents;
    try {
      documents = YamlTree.documents(source.text());
    } catch (YamlTree.YamlException e) {
      throw new RuleProblem("the rule's file no longer reads as YAML: " + e.getMessage());
    }
    YMap global = null;
    YMap previous = null;
    for (YNode doc : documents) {
      if (!(doc instanceof YMap map)) {
        continue;
      }
      Optional<String> action = map.get("action").filter(YScalar.class::isInstance).map(n -> ((YScalar) n).text());
      YMap effective = map;
      if (action.isPresent() && action.get().equals("global")) {
        global = without(map, "action");
        continue;
      } else if (action.isPresent() && action.get().equals("reset")) {
        global = null;
        continue;
      } else if (action.isPresent() && action.get().equals("repeat") && previous != null) {
        effective = merged(previous, without(map, "action"), map.span());
      } else if (action.isEmpty() && global != null && !map.entries().containsKey("correlation")
          && !map.entries().containsKey("filter")) {
        effective = merged(map, global, map.span());
      }
      if (!map.entries().containsKey("correlation") && !map.entries().containsKey("filter")) {
        previous = effective;
      }
      if (map.span().start() == span.start()) {
        return effective;
      }
    }
    throw new RuleProblem("no YAML document of " + source.name() + " starts where the rule does");
  }

  /** {@code over} deep-merged into {@code base}: maps merge, any other value of {@code over} replaces. */
  private static YMap merged(YMap base, YMap over, Span span) {
    Map<String, Entry> out = new LinkedHashMap<>(base.entries());
    for (Entry e : over.entries().values()) {
      Entry mine = out.get(e.key());
      if (mine != null && mine.value() instanceof YMap a && e.value() instanceof YMap b) {
        out.put(e.key(), new Entry(e.key(), mine.keySpan(), merged(a, b, a.span())));
      } else {
        out.put(e.key(), e);
      }
    }
    return new YMap(out, span);
  }

  private static YMap without(YMap map, String key) {
    Map<String, Entry> out = new LinkedHashMap<>(map.entries());
    out.remove(key);
    return new YMap(out, map.span());
  }
}
