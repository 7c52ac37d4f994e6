package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.cases.TestCase;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.run.sigma.CorrelationEvaluator;
import io.github.sigma2sumo.run.sigma.CorrelationRun;
import io.github.sigma2sumo.run.sigma.Explanation;
import io.github.sigma2sumo.run.sigma.ItemVerdict;
import io.github.sigma2sumo.run.sigma.SigmaEvaluator;
import io.github.sigma2sumo.run.sigma.TimedEvent;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.SigmaRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Sigma evaluator's judgement of a case: the rule's meaning, on the events as objects. */
final class SigmaJudge {
  static final String NAME = "sigma";

  private final RuleBook book;
  private final Map<String, SigmaEvaluator.Result> evaluators = new ConcurrentHashMap<>();

  SigmaJudge(RuleBook book) {
    this.book = book;
  }

  SigmaEvaluator.Result evaluator(SigmaRule rule) {
    return evaluators.computeIfAbsent(RuleBook.key(rule.source(), rule.span()),
        k -> SigmaEvaluator.of(rule, book.filters(), Map.of()));
  }

  Judgement rule(SigmaRule rule, TestCase c, List<PreparedEvent> events, boolean explain) {
    SigmaEvaluator.Result result = evaluator(rule);
    if (result.evaluator().isEmpty()) {
      return Judgement.error(NAME, "the rule cannot be evaluated: " + first(result.errors()));
    }
    SigmaEvaluator evaluator = result.evaluator().get();
    int matched = 0;
    int judged = 0;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      PreparedEvent e = events.get(i);
      Explanation x = e.sigmaFields().map(evaluator::explain).orElseGet(() -> evaluator.explainLine(e.rawLine().get()));
      if (x.isError()) {
        if (e.sigmaFields().isEmpty()) {
          return Judgement.skipped(NAME, "a raw message has no fields to evaluate the rule's field items on");
        }
        return Judgement.error(NAME, "event " + (i + 1) + ": " + x.error().get());
      }
      judged++;
      matched += x.matched() ? 1 : 0;
      if (explain) {
        lines.add("event " + (i + 1) + ": " + (x.matched() ? "matched" : "did not match"));
        for (var search : x.searches()) {
          lines.add("  " + search.identifier() + (search.scope().startsWith("rule") ? "" : " (" + search.scope() + ")")
              + ": " + search.matched());
          for (ItemVerdict item : x.items()) {
            if (item.identifier().equals(search.identifier()) && item.scope().equals(search.scope())) {
              lines.add("    " + item.key() + ": " + item.matched() + item.eventValue().filter(v -> !v.equals("absent"))
                  .map(v -> " (the event has " + v + ")").orElse(" (the event has no such field)"));
            }
          }
        }
      }
    }
    return Verdicts.perEvent(NAME, c.expect(), matched, judged, lines);
  }

  Judgement correlation(SigmaCorrelation correlation, TestCase c, List<PreparedEvent> events, boolean explain) {
    Map<String, SigmaEvaluator> rules = new LinkedHashMap<>();
    for (String handle : correlation.rules()) {
      Optional<SigmaRule> rule = book.rule(handle);
      if (rule.isEmpty()) {
        return Judgement.error(NAME, "the correlation refers to '" + handle + "', which no input holds");
      }
      SigmaEvaluator.Result r = evaluator(rule.get());
      if (r.evaluator().isEmpty()) {
        return Judgement.error(NAME, "the rule '" + handle + "' cannot be evaluated: " + first(r.errors()));
      }
      rules.put(handle, r.evaluator().get());
    }
    CorrelationEvaluator.Result result = CorrelationEvaluator.of(correlation, rules);
    if (result.evaluator().isEmpty()) {
      return Judgement.error(NAME, "the correlation cannot be evaluated: " + first(result.errors()));
    }
    List<TimedEvent> timed = new ArrayList<>();
    for (PreparedEvent e : events) {
      if (e.sigmaFields().isEmpty()) {
        return Judgement.skipped(NAME, "a raw message has no fields for the correlation's rules");
      }
      timed.add(new TimedEvent(Instant.ofEpochMilli(e.timeMillis()), e.sigmaFields().get()));
    }
    CorrelationRun run = result.evaluator().get().run(timed);
    if (!run.isComplete()) {
      return Judgement.error(NAME, run.errors().get(0));
    }
    List<String> lines = new ArrayList<>();
    if (explain) {
      run.firings().forEach(f -> lines.add("fired for " + f.group() + " from " + f.start() + " to " + f.end() + " on "
          + f.events().size() + " events"));
    }
    return Verdicts.sequence(NAME, c.expect(), run.firings().size(), lines);
  }

  static String first(List<Diagnostic> errors) {
    return errors.isEmpty() ? "(no reason given)" : errors.get(0).message();
  }
}
