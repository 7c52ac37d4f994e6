package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.cases.TestCase;
import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.pack.CseRulePack;
import io.github.sigma2sumo.pack.PackException;
import io.github.sigma2sumo.pack.PackFiles;
import io.github.sigma2sumo.pack.PackOptions;
import io.github.sigma2sumo.run.cse.CseRuleEvaluator;
import io.github.sigma2sumo.run.cse.Explanation;
import io.github.sigma2sumo.run.cse.Prepared;
import io.github.sigma2sumo.run.cse.TimedRecord;
import io.github.sigma2sumo.run.cse.Verdict;
import io.github.sigma2sumo.run.events.JsonTree;
import io.github.sigma2sumo.run.events.Outcome;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled Cloud SIEM rule's judgement of a case: the rule as {@code pack --format cse-rules}
 * writes it for the REST API, read back by the Cloud SIEM evaluator and run on the records Cloud
 * SIEM would build. A match rule's signals say which records matched; a threshold, chain or
 * aggregation rule is judged on whether it signalled.
 */
final class CseJudge {
  static final String NAME = "cse";

  /** A rule ready to run, or why there is none. */
  private record Ready(Optional<CseRuleEvaluator> rule, String why) {}

  private final Map<String, CompiledRule> compiled;
  private final Map<String, Ready> ready = new ConcurrentHashMap<>();

  CseJudge(Map<String, CompiledRule> compiled) {
    this.compiled = compiled;
  }

  private Ready ready(String key) {
    return ready.computeIfAbsent(key, k -> {
      CompiledRule r = compiled.get(k);
      if (r == null || r.query().isEmpty()) {
        return new Ready(Optional.empty(), "the rule does not compile to Cloud SIEM: "
            + (r == null ? "not compiled" : CaseRunner.firstError(r)));
      }
      Optional<YNode> body;
      try {
        body = body(CseRulePack.pack(r, new PackOptions("DRL-1.1", "Sigma detections", Optional.empty())));
      } catch (PackException e) {
        return new Ready(Optional.empty(), "the rule cannot be packed: " + e.getMessage());
      }
      if (body.isEmpty()) {
        return new Ready(Optional.empty(), "the packed rule does not read back as JSON");
      }
      Prepared<CseRuleEvaluator> rule = CseRuleEvaluator.fromApiBody(body.get());
      return rule.value().map(v -> new Ready(Optional.of(v), ""))
          .orElseGet(() -> new Ready(Optional.empty(), rule.problems().get(0).message()));
    });
  }

  /** The rule's REST body, written as the pack writes it and read back as JSON. */
  private static Optional<YNode> body(CseRulePack.PackedRule packed) {
    StringWriter text = new StringWriter();
    try {
      PackFiles.cseRules(List.of(packed), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Outcome<List<YNode>> json = JsonTree.read(SourceFile.of("rule.json", text.toString()));
    if (!json.isOk() || !(json.value().get(0) instanceof YMap root)
        || !(root.get("rules").orElse(null) instanceof YList rules) || rules.items().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(rules.items().get(0));
  }

  /** One part of an expression and its truth, with the values a false comparison read; two levels deep. */
  private static void term(Explanation.Term t, int depth, List<String> lines) {
    String text = t.text().isEmpty() ? t.kind().name() : t.text().replaceAll("\\s+", " ");
    text = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    String read = t.truth() == Explanation.Truth.TRUE || t.readings().isEmpty() ? ""
        : " (" + String.join(", ", t.readings().stream().map(r -> r.field() + " = " + r.value()).toList()) + ")";
    lines.add("  ".repeat(depth) + text + ": " + t.truth().name().toLowerCase(Locale.ROOT) + read
        + t.problem().map(p -> ": " + p).orElse(""));
    if (depth < 2) {
      t.terms().forEach(inner -> term(inner, depth + 1, lines));
    }
  }

  private static String fields(List<io.github.sigma2sumo.run.cse.Signal.Field> fields) {
    return String.join(", ", fields.stream().map(f -> f.name() + "=" + f.value()).toList());
  }

  Judgement judge(String key, boolean correlation, TestCase c, List<PreparedEvent> events, boolean explain) {
    Ready r = ready(key);
    if (r.rule().isEmpty()) {
      return Judgement.error(NAME, r.why());
    }
    List<TimedRecord> records = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      PreparedEvent e = events.get(i);
      if (e.cseRecord().value().isEmpty()) {
        if (e.rawLine().isPresent()) {
          return Judgement.skipped(NAME, e.cseRecord().missing());
        }
        return Judgement.error(NAME, "event " + (i + 1) + ": " + e.cseRecord().missing());
      }
      records.add(new TimedRecord(e.timeMillis(), e.cseRecord().value().get()));
    }
    Verdict verdict = r.rule().get().run(records);
    if (!verdict.isComplete()) {
      Verdict.RecordFailure f = verdict.failures().get(0);
      return Judgement.error(NAME, (f.record() >= 0 ? "event " + (f.record() + 1) + ": " : "") + f.part() + ": "
          + f.problem().message());
    }
    List<String> lines = new ArrayList<>();
    if (explain) {
      r.rule().get().expressions().forEach((name, expression) -> {
        for (int i = 0; i < records.size(); i++) {
          Explanation x = expression.explain(records.get(i).record());
          lines.add(name + " on event " + (i + 1) + ": " + x.condition().truth().name().toLowerCase(Locale.ROOT));
          x.condition().terms().forEach(t -> term(t, 1, lines));
        }
      });
      verdict.matches().forEach(m -> lines.add(m.expression() + " matched " + (m.records().isEmpty() ? "no event"
          : "events " + m.records().stream().map(i -> String.valueOf(i + 1)).toList())));
      verdict.signals().forEach(s -> lines.add("signal on " + fields(s.entities()) + (s.groupBy().isEmpty() ? ""
          : " grouped by " + fields(s.groupBy())) + " from events " + s.records().stream().map(i -> i + 1).toList()));
    }
    if (correlation) {
      return Verdicts.sequence(NAME, c.expect(), verdict.signals().size(), lines);
    }
    return Verdicts.perEvent(NAME, c.expect(), verdict.signalRecords().size(), records.size(), lines);
  }
}
