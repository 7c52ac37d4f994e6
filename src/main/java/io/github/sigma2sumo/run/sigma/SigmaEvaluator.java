package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.sigma.Condition;
import io.github.sigma2sumo.sigma.LogSource;
import io.github.sigma2sumo.sigma.SigmaFilter;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Sigma rule's detection evaluated directly on events, with the meaning the Sigma
 * specification gives it (SigmaHQ/sigma-specification, specification/sigma-rules-specification.md
 * and specification/sigma-appendix-modifiers.md): the first of the three judges of
 * {@code sigma2sumo test}. The rule comes from {@code SigmaLoader}, but its detection items are
 * read again from the raw YAML ({@link RuleDocuments}, {@link DetectionReader}) and its modifiers,
 * escapes and matching are implemented here ({@link ModifierChain}, {@link SigmaText},
 * {@link TextPattern}, {@link Criterion}); only the parsed condition tree is reused. Each class
 * states the choices the specification leaves open.
 *
 * <p>Filters (SigmaHQ/sigma-specification, specification/sigma-filters-specification.md) given
 * with the rule apply when their log source covers the rule's (every attribute the filter sets is
 * the rule's) and they name the rule by id or name, or name no rule or {@code any}. The rule then
 * matches when its condition and the filter's condition both hold: the specification's example
 * ({@code condition: selection} to exclude {@code adm_} users) leaves open whether the condition
 * is negated, and pySigma, the reference implementation, ANDs it, so an exclusion is written
 * {@code not selection}. Several conditions of one rule are alternatives (OR).
 *
 * <p>Invariants: an evaluator exists only for a detection whose every item can be evaluated;
 * evaluating never throws an unchecked exception, and an event that cannot be judged gives an
 * error, never a silent non-match. Evaluators are immutable and may be shared between threads.
 */
public final class SigmaEvaluator {

  /** An evaluator, or the errors (located in the rule's or a filter's file) that prevent one. */
  public record Result(Optional<SigmaEvaluator> evaluator, List<Diagnostic> errors) {
    public Result {
      Objects.requireNonNull(evaluator, "evaluator");
      errors = List.copyOf(errors);
    }

    public boolean isOk() {
      return evaluator.isPresent();
    }
  }

  /** A rule or a filter: its search identifiers and its conditions (alternatives). */
  private record Scope(String name, Map<String, SearchNode> searches, List<Condition> conditions) {}

  private final SigmaRule rule;
  private final List<SigmaFilter> filters;
  private final List<Scope> scopes;

  private SigmaEvaluator(SigmaRule rule, List<SigmaFilter> filters, List<Scope> scopes) {
    this.rule = rule;
    this.filters = List.copyOf(filters);
    this.scopes = List.copyOf(scopes);
  }

  /** An evaluator of {@code rule} alone; {@code placeholders} give the values of {@code expand} placeholders. */
  public static Result of(SigmaRule rule, Map<String, List<String>> placeholders) {
    return of(rule, List.of(), placeholders);
  }

  /**
   * An evaluator of {@code rule} with those of {@code filters} that apply to it. {@code rule} is
   * the rule as loaded, not one a filter was already applied to.
   */
  public static Result of(SigmaRule rule, List<SigmaFilter> filters, Map<String, List<String>> placeholders) {
    Map<String, List<String>> values = Map.copyOf(placeholders);
    List<Diagnostic> errors = new ArrayList<>();
    List<Scope> scopes = new ArrayList<>();
    DiagnosticSink sink = new DiagnosticSink(rule.source());
    Optional<YMap> detection = section(rule.source(), rule.span(), "detection", sink);
    List<Condition> conditions = rule.conditions().stream().map(SigmaRule.ParsedCondition::condition).toList();
    detection.flatMap(d -> scope("rule " + rule.handle(), d, Set.of("condition", "timeframe"), conditions,
        sink, values)).ifPresent(scopes::add);
    errors.addAll(sink.diagnostics());
    List<SigmaFilter> applied = new ArrayList<>();
    for (SigmaFilter f : filters) {
      if (!appliesTo(f, rule)) {
        continue;
      }
      applied.add(f);
      DiagnosticSink filterSink = new DiagnosticSink(f.source());
      section(f.source(), f.span(), "filter", filterSink)
          .flatMap(d -> scope("filter " + f.id().orElse(f.title()), d, Set.of("rules", "condition"),
              List.of(f.condition().condition()), filterSink, values))
          .ifPresent(scopes::add);
      errors.addAll(filterSink.diagnostics());
    }
    if (errors.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      return new Result(Optional.empty(), errors);
    }
    return new Result(Optional.of(new SigmaEvaluator(rule, applied, scopes)), errors);
  }

  private static Optional<YMap> section(SourceFile source, Span span, String key, DiagnosticSink sink) {
    try {
      Optional<YNode> node = RuleDocuments.at(source, span).get(key);
      if (node.isPresent() && node.get() instanceof YMap map) {
        return Optional.of(map);
      }
      sink.report(DetectionReader.CHECK, Severity.ERROR, new Span(span.start(), span.start()),
          "the document has no '" + key + "' mapping");
    } catch (RuleProblem p) {
      sink.report(DetectionReader.CHECK, Severity.ERROR, new Span(span.start(), span.start()), p.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<Scope> scope(String name, YMap section, Set<String> skip, List<Condition> conditions,
      DiagnosticSink sink, Map<String, List<String>> placeholders) {
    Optional<Map<String, SearchNode>> searches = DetectionReader.read(section, skip, sink, placeholders);
    if (searches.isEmpty()) {
      return Optional.empty();
    }
    Span conditionAt = section.get("condition").map(YNode::span).orElse(section.span());
    boolean ok = !conditions.isEmpty();
    if (!ok) {
      sink.report(DetectionReader.CHECK, Severity.ERROR, conditionAt, "there is no condition to evaluate");
    }
    for (Condition c : conditions) {
      Optional<String> problem = ConditionEvaluator.problem(c, searches.get().keySet());
      if (problem.isPresent()) {
        sink.report(DetectionReader.CHECK, Severity.ERROR, conditionAt, problem.get()
            + (problem.get().contains("'_filter") ? " (give the rule as loaded and its filters apart)" : ""));
        ok = false;
      }
    }
    return ok ? Optional.of(new Scope(name, searches.get(), conditions)) : Optional.empty();
  }

  /** The filter's log source covers the rule's, and it names the rule (or no rule, or {@code any}). */
  private static boolean appliesTo(SigmaFilter f, SigmaRule rule) {
    LogSource mine = f.logSource();
    LogSource theirs = rule.logSource();
    boolean covers = (mine.category().isEmpty() || mine.category().equals(theirs.category()))
        && (mine.product().isEmpty() || mine.product().equals(theirs.product()))
        && (mine.service().isEmpty() || mine.service().equals(theirs.service()));
    boolean named = f.rules().isEmpty() || f.rules().contains("any")
        || rule.id().map(f.rules()::contains).orElse(false) || rule.name().map(f.rules()::contains).orElse(false);
    return covers && named;
  }

  public SigmaRule rule() {
    return rule;
  }

  /** The filters that apply to the rule, among those given. */
  public List<SigmaFilter> appliedFilters() {
    return filters;
  }

  /** Whether the rule matches the event object {@code event}. */
  public boolean matches(YMap event) throws EvaluationException {
    return verdict(explain(event));
  }

  /** Whether the rule's keywords match the raw log line {@code line}; a field item is an error. */
  public boolean matchesLine(String line) throws EvaluationException {
    return verdict(explainLine(line));
  }

  private static boolean verdict(Explanation e) throws EvaluationException {
    if (e.error().isPresent()) {
      throw new EvaluationException(e.error().get());
    }
    return e.matched();
  }

  /** The verdict on {@code event} with the verdict of every identifier and item. */
  public Explanation explain(YMap event) {
    return explain(EventView.of(event));
  }

  /** The verdict on the raw log line {@code line}. */
  public Explanation explainLine(String line) {
    return explain(EventView.ofLine(line));
  }

  private Explanation explain(EventView event) {
    Trace trace = new Trace();
    try {
      boolean matched = true;
      for (Scope s : scopes) {
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (Map.Entry<String, SearchNode> e : s.searches().entrySet()) {
          trace.enter(s.name(), e.getKey());
          boolean held = e.getValue().test(event, trace);
          verdicts.put(e.getKey(), held);
          trace.add(new SearchVerdict(s.name(), e.getKey(), held));
        }
        matched &= s.conditions().stream().anyMatch(c -> ConditionEvaluator.evaluate(c, verdicts));
      }
      return new Explanation(matched, Optional.empty(), trace.searches(), trace.items());
    } catch (EvaluationException e) {
      return new Explanation(false, Optional.of(e.getMessage()), trace.searches(), trace.items());
    } catch (StackOverflowError e) {
      return new Explanation(false, Optional.of("the event nests too deeply to be judged"), trace.searches(),
          trace.items());
    }
  }
}
