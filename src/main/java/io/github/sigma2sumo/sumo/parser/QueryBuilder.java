package io.github.sigma2sumo.sumo.parser;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.antlr.SumoParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parse tree to AST. Holds the three family builders, which call back here for subqueries. */
final class QueryBuilder {

  private final ExprBuilder exprs = new ExprBuilder(this);
  private final ScopeBuilder scopes = new ScopeBuilder(this);
  private final StageBuilder stages = new StageBuilder(exprs, this);

  Optional<ScopeExpr> scope(SumoParser.StandaloneScopeContext ctx) {
    return Optional.ofNullable(ctx.scope()).map(scopes::scope);
  }

  Stage stage(SumoParser.StandaloneStageContext ctx) {
    return stages.stage(ctx.stage());
  }

  Query subquery(SumoParser.SubqueryContext ctx) {
    SumoParser.QueryContext q = ctx.query();
    Optional<ScopeExpr> scope = Optional.ofNullable(q.scope()).map(scopes::scope);
    List<Stage> list = new ArrayList<>();
    q.stage().forEach(s -> list.add(stages.stage(s)));
    return new Query(scope, list, Trees.subqueryTimeRange(ctx.SUBQUERY().getSymbol()), Trees.span(ctx));
  }

  static Query query(Optional<ScopeExpr> scope, List<Stage> stages, Span span) {
    return new Query(scope, stages, "", span);
  }
}
