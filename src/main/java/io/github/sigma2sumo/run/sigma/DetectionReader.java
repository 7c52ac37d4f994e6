package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the search identifiers of a raw {@code detection} (or {@code filter}) mapping into
 * {@link SearchNode}s, reporting each item that cannot be evaluated at its key and going on with
 * the others (SigmaHQ/sigma-specification, specification/sigma-rules-specification.md,
 * "Detection"):
 * <ul>
 *   <li>a mapping is the AND of its {@code field|modifiers: value} items; a value is a scalar or
 *       a list of scalars (OR, or AND under {@code all}); an empty list is read as {@code null},
 *       as pySigma reads it;
 *   <li>a list of scalars is one keyword item (OR); a list mixing scalars and mappings is the OR
 *       of its elements; a single scalar is a keyword; a key with modifiers and no field
 *       ({@code '|all'}) is a keyword item with modifiers;
 *   <li>{@code timeframe} (the Sigma 1 aggregation window) is no search identifier.
 * </ul>
 */
final class DetectionReader {

  static final String CHECK = "sigma-eval";

  private final DiagnosticSink sink;
  private final Map<String, List<String>> placeholders;
  private boolean failed;

  private DetectionReader(DiagnosticSink sink, Map<String, List<String>> placeholders) {
    this.sink = sink;
    this.placeholders = placeholders;
  }

  /** The identifiers of {@code detection} except {@code skip}, or empty after reporting why not. */
  static Optional<Map<String, SearchNode>> read(YMap detection, Set<String> skip, DiagnosticSink sink,
      Map<String, List<String>> placeholders) {
    DetectionReader reader = new DetectionReader(sink, placeholders);
    Map<String, SearchNode> out = new LinkedHashMap<>();
    for (Entry e : detection.entries().values()) {
      if (!skip.contains(e.key())) {
        reader.node(e.value(), e.keySpan(), false).ifPresent(n -> out.put(e.key(), n));
      }
    }
    return reader.failed ? Optional.empty() : Optional.of(out);
  }

  private Optional<SearchNode> node(YNode node, Span at, boolean nested) {
    if (node instanceof YMap map) {
      if (map.entries().isEmpty()) {
        return problem(map.span(), "an empty search identifier matches nothing");
      }
      List<SearchNode> items = new ArrayList<>();
      for (Entry e : map.entries().values()) {
        item(e).ifPresent(items::add);
      }
      return items.size() == 1 ? Optional.of(items.get(0)) : Optional.of(new SearchNode.AllOf(items));
    } else if (node instanceof YList list) {
      if (nested) {
        return problem(list.span(), "a list inside a list is no Sigma detection");
      }
      if (list.items().isEmpty()) {
        return problem(list.span(), "an empty list matches nothing");
      }
      if (list.items().stream().allMatch(YScalar.class::isInstance)) {
        return keywords(list.items(), list.span());
      }
      List<SearchNode> parts = new ArrayList<>();
      for (YNode item : list.items()) {
        (item instanceof YScalar ? keywords(List.of(item), item.span()) : node(item, item.span(), true))
            .ifPresent(parts::add);
      }
      return Optional.of(new SearchNode.AnyOf(parts));
    }
    return keywords(List.of(node), at.union(node.span()));
  }

  private Optional<SearchNode> keywords(List<YNode> values, Span span) {
    List<Object> raw = values.stream().map(v -> ((YScalar) v).value()).toList();
    return item(Optional.empty(), "keywords", List.of(), raw, span);
  }

  private Optional<SearchNode> item(Entry e) {
    List<String> parts = Arrays.asList(e.key().split("\\|", -1));
    String field = parts.get(0);
    List<Object> raw = new ArrayList<>();
    if (e.value() instanceof YList list) {
      for (YNode v : list.items()) {
        if (!(v instanceof YScalar s)) {
          return problem(v.span(), "a value of '" + e.key() + "' is a string, number, boolean or null");
        }
        raw.add(s.value());
      }
      if (raw.isEmpty()) {
        raw.add(null);
      }
    } else if (e.value() instanceof YScalar s) {
      raw.add(s.value());
    } else {
      return problem(e.value().span(), "the value of '" + e.key() + "' is a value or a list of values, not a mapping");
    }
    if (field.isEmpty() && parts.size() == 1) {
      return problem(e.keySpan(), "an empty field name");
    }
    return item(field.isEmpty() ? Optional.empty() : Optional.of(field), e.key(), parts.subList(1, parts.size()), raw,
        e.keySpan());
  }

  private Optional<SearchNode> item(Optional<String> field, String key, List<String> modifiers, List<Object> raw,
      Span span) {
    try {
      ModifierChain.Result r = ModifierChain.apply(modifiers, raw, field.isEmpty(), placeholders);
      return Optional.of(new DetectionItem(field, key, sink.locate(span), r.criteria(), r.all(), r.negated()));
    } catch (RuleProblem p) {
      return problem(span, "'" + key + "': " + p.getMessage());
    }
  }

  private Optional<SearchNode> problem(Span span, String message) {
    sink.report(CHECK, Severity.ERROR, span, message);
    failed = true;
    return Optional.empty();
  }
}
