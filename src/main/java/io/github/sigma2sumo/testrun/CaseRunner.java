package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.cases.CaseEvent;
import io.github.sigma2sumo.cases.TestCase;
import io.github.sigma2sumo.compile.CompiledRule;
import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.RuleCompiler;
import io.github.sigma2sumo.compile.Target;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.run.sigma.SigmaEvaluator;
import io.github.sigma2sumo.sigma.SigmaCorrelation;
import io.github.sigma2sumo.sigma.SigmaRule;
import io.github.sigma2sumo.source.SourceFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs test cases against the rules of a run: each case's rule is found by the id, name or title
 * the case gives, its events are written in the shapes each evaluator reads ({@link EventShapes}),
 * and each evaluator that the targets ask for judges them ({@link SigmaJudge}, {@link SearchJudge},
 * {@link CseJudge}). Events without a time happen a second apart from 2026-01-01T00:00:00Z, in the
 * order given.
 */
public final class CaseRunner {

  /** Which compiled targets to judge besides the Sigma rule itself, and whether to explain. */
  public record Options(boolean search, boolean cse, boolean explain) {}

  static final Instant BASE_TIME = Instant.parse("2026-01-01T00:00:00Z");

  private final RuleBook book;
  private final List<Pipeline> searchPipelines;
  private final Options options;
  private final SigmaJudge sigma;
  private final SearchJudge search;
  private final CseJudge cse;
  private final Map<String, EventShapes> shapes = new ConcurrentHashMap<>();

  /**
   * A runner for {@code cases} over the rules of {@code ruleFiles}. Only the files that hold a rule
   * a case names (and for a correlation the rules it refers to, and every filter) are compiled: a
   * regression corpus names a few rules of thousands.
   */
  public CaseRunner(List<SourceFile> ruleFiles, List<TestCase> cases, List<Pipeline> searchPipelines,
      List<Pipeline> csePipelines, Options options) {
    this.book = new RuleBook(ruleFiles);
    this.searchPipelines = List.copyOf(searchPipelines);
    this.options = options;
    this.sigma = new SigmaJudge(book);
    List<SourceFile> needed = book.filesFor(cases.stream().map(TestCase::rule).toList(), ruleFiles);
    this.search = new SearchJudge(options.search() ? compile(needed, searchPipelines, Target.SEARCH) : Map.of());
    this.cse = new CseJudge(options.cse() ? compile(needed, csePipelines, Target.CSE) : Map.of());
  }

  private static Map<String, CompiledRule> compile(List<SourceFile> files, List<Pipeline> pipelines, Target target) {
    return RuleBook.byKey(new RuleCompiler(pipelines, target).everyRule().compileAll(files));
  }

  public CaseResult run(TestCase c) {
    Optional<RuleBook.Found> found = book.find(c.rule());
    if (found.isEmpty()) {
      return CaseResult.failed(c, "no rule or correlation with the id, name or title '" + c.rule()
          + "' is among the inputs");
    }
    RuleBook.Found f = found.get();
    List<PreparedEvent> events = new ArrayList<>();
    for (int i = 0; i < c.events().size(); i++) {
      CaseEvent e = c.events().get(i);
      long time = e.time().orElse(BASE_TIME.plusSeconds(i)).toEpochMilli();
      events.add(f.rule().isPresent() ? shapes(f.rule().get()).prepare(e, time)
          : forCorrelation(f.correlation().get(), e, time));
    }
    boolean correlation = f.correlation().isPresent();
    List<Judgement> judgements = new ArrayList<>();
    judgements.add(correlation ? sigma.correlation(f.correlation().get(), c, events, options.explain())
        : sigma.rule(f.rule().get(), c, events, options.explain()));
    if (options.search()) {
      judgements.add(search.judge(f.key(), correlation, c, events, options.explain()));
    }
    if (options.cse()) {
      judgements.add(cse.judge(f.key(), correlation, c, events, options.explain()));
    }
    return new CaseResult(c, f.title(), judgements, Optional.empty());
  }

  private EventShapes shapes(SigmaRule rule) {
    return shapes.computeIfAbsent(RuleBook.key(rule.source(), rule.span()), k -> EventShapes.of(rule, searchPipelines));
  }

  /**
   * An event of a correlation's sequence, written as the first of the correlation's rules that
   * matches it needs (its log source decides its rendering), or as the first rule needs.
   */
  private PreparedEvent forCorrelation(SigmaCorrelation correlation, CaseEvent event, long time) {
    PreparedEvent first = null;
    for (String handle : correlation.rules()) {
      Optional<SigmaRule> rule = book.rule(handle);
      if (rule.isEmpty()) {
        continue;
      }
      PreparedEvent prepared = shapes(rule.get()).prepare(event, time);
      first = first == null ? prepared : first;
      Optional<SigmaEvaluator> evaluator = sigma.evaluator(rule.get()).evaluator();
      if (evaluator.isPresent() && prepared.sigmaFields().isPresent()
          && evaluator.get().explain(prepared.sigmaFields().get()).matched()) {
        return prepared;
      }
    }
    return first != null ? first : new PreparedEvent(event, time, Optional.empty(), Optional.empty(),
        PreparedEvent.Shape.none("the correlation's rules are not among the inputs"),
        PreparedEvent.Shape.none("the correlation's rules are not among the inputs"));
  }

  /** The first error a compiled rule has, in words. */
  static String firstError(CompiledRule r) {
    return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
        .map(d -> d.message()).orElse("no output");
  }
}
