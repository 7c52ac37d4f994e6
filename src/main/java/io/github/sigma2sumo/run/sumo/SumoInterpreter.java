package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry to the interpreter: prepares a parsed log search ({@code QueryParser.parse}) for runs
 * over messages, once, checking up front that every construct is one it evaluates.
 *
 * <pre>{@code
 * Preparation p = SumoInterpreter.prepare(query, Lookups.none());
 * if (p.query().isPresent()) {
 *   Output out = p.query().get().run(messages);   // out.fired(): at least one row
 * } else {
 *   p.problems();                                  // "`transpose` is not evaluated locally", with spans
 * }
 * }</pre>
 *
 * Prepared queries are immutable and may be run by several threads at once.
 */
public final class SumoInterpreter {
  private SumoInterpreter() {}

  public static Preparation prepare(Query query) {
    return prepare(query, Lookups.none());
  }

  public static Preparation prepare(Query query, Lookups lookups) {
    Prep prep = new Prep(lookups);
    ExprCompiler exprs = new ExprCompiler(prep);
    if (!query.timeRange().isEmpty()) {
      prep.notEvaluated("subquery", query.span());
    }
    ScopeCompiler scopes = new ScopeCompiler(prep);
    ScopeTest scope = query.scope().map(scopes::compile).orElse(m -> true);
    List<ScopeTest> scopeTerms = new ArrayList<>();
    List<Span> scopeSpans = new ArrayList<>();
    query.scope().ifPresent(s -> {
      List<ScopeExpr> top = s instanceof ScopeExpr.And a ? a.terms() : s instanceof ScopeExpr.Or o ? o.terms()
          : List.of(s);
      for (ScopeExpr t : top) {
        scopeTerms.add(top.size() == 1 ? scope : scopes.compile(t));
        scopeSpans.add(t.span());
      }
    });
    StageCompiler stages = new StageCompiler(exprs, new ParseRuns(query.stages()));
    List<Step> steps = new ArrayList<>();
    boolean aggregated = false;
    for (int i = 0; i < query.stages().size(); i++) {
      Stage stage = query.stages().get(i);
      List<Step> made = stages.compile(i, stage);
      steps.addAll(made);
      for (Step s : made) {
        aggregated |= s.work() instanceof TableStage t && t.aggregates();
      }
    }
    List<Problem> problems = prep.problems();
    if (!problems.isEmpty()) {
      return new Preparation(Optional.empty(), problems);
    }
    PreparedQuery prepared = new PreparedQuery(query, prep.schema(), scope, scopeTerms, scopeSpans, steps,
        aggregated);
    return new Preparation(Optional.of(prepared), List.of());
  }
}
