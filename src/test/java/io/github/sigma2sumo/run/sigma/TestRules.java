package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.sigma.SigmaLoader;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import java.util.Map;

/** Rules and events written inline in tests. */
final class TestRules {
  private TestRules() {}

  /** The only rule of {@code yaml}; fails the test when it does not load. */
  static SigmaRule rule(String yaml) {
    SourceFile source = SourceFile.of("rule.yml", yaml);
    DiagnosticSink sink = new DiagnosticSink(source);
    SigmaLoader.Loaded loaded = SigmaLoader.load(source, sink);
    if (loaded.rules().size() != 1) {
      throw new AssertionError("the rule does not load: " + sink.diagnostics().stream()
          .filter(d -> d.severity() == io.github.sigma2sumo.diag.Severity.ERROR).toList());
    }
    return loaded.rules().get(0);
  }

  static SigmaLoader.Loaded load(String yaml) {
    SourceFile source = SourceFile.of("rules.yml", yaml);
    return SigmaLoader.load(source, new DiagnosticSink(source));
  }

  /** A rule whose selection is the one item {@code key: value} (value in YAML flow syntax). */
  static SigmaRule item(String key, String value) {
    return rule("""
        title: t
        logsource: {product: test}
        detection:
          selection:
            %s: %s
          condition: selection
        """.formatted(yamlKey(key), value));
  }

  /** A YAML single-quoted scalar. */
  static String sq(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** A YAML flow list of single-quoted scalars. */
  static String sq(java.util.List<String> values) {
    return values.stream().map(TestRules::sq).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  /** Whether the rule {@code key: value} matches an event whose field {@code field} is {@code json} (JSON text). */
  static boolean itemMatches(String key, String value, String field, String json) {
    return matches(item(key, value), event("{" + quoted(field) + ": " + json + "}"));
  }

  private static String yamlKey(String key) {
    return "'" + key.replace("'", "''") + "'";
  }

  static SigmaEvaluator evaluator(SigmaRule rule) {
    return evaluator(rule, Map.of());
  }

  static SigmaEvaluator evaluator(SigmaRule rule, Map<String, List<String>> placeholders) {
    SigmaEvaluator.Result r = SigmaEvaluator.of(rule, placeholders);
    if (!r.isOk()) {
      throw new AssertionError("no evaluator: " + r.errors());
    }
    return r.evaluator().orElseThrow();
  }

  /** An event from JSON (or YAML flow) text. */
  static YMap event(String json) {
    try {
      return (YMap) YamlTree.documents(json).get(0);
    } catch (YamlTree.YamlException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** An event with one string field. */
  static YMap event(String field, String value) {
    return event("{" + quoted(field) + ": " + quoted(value) + "}");
  }

  static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp < 0x20 || cp > 0x7e) {
        if (cp > 0xffff) {
          for (char c : Character.toChars(cp)) {
            out.append(String.format("\\u%04x", (int) c));
          }
        } else {
          out.append(String.format("\\u%04x", cp));
        }
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }

  /**
   * Whether the item {@code F|modifiers: raw}, built by the modifier chain alone (for chains the
   * loader refuses), matches {@code event}.
   */
  static boolean chainMatches(String modifiers, Object raw, YMap event) throws RuleProblem, EvaluationException {
    ModifierChain.Result r = ModifierChain.apply(List.of(modifiers.split("\\|")), java.util.Arrays.asList(raw), false,
        Map.of());
    DetectionItem item = new DetectionItem(java.util.Optional.of("F"), "F|" + modifiers,
        new io.github.sigma2sumo.diag.Location("t", 1, 1, 1, 1), r.criteria(), r.all(), r.negated());
    return item.test(EventView.of(event), new Trace());
  }

  static boolean matches(SigmaRule rule, YMap event) {
    Explanation e = evaluator(rule).explain(event);
    if (e.isError()) {
      throw new AssertionError("evaluation error: " + e.error().get());
    }
    return e.matched();
  }
}
