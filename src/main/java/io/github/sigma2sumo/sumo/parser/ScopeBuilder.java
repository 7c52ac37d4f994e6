package io.github.sigma2sumo.sumo.parser;

import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.sumo.antlr.SumoParser;
import java.util.ArrayList;
import java.util.List;

/** Builds the keyword scope; implicit and explicit AND give the same node. */
final class ScopeBuilder {

  private final QueryBuilder queries;

  ScopeBuilder(QueryBuilder queries) {
    this.queries = queries;
  }

  ScopeExpr scope(SumoParser.ScopeContext ctx) {
    return or(ctx.scopeOr());
  }

  private ScopeExpr or(SumoParser.ScopeOrContext ctx) {
    List<SumoParser.ScopeAndContext> parts = ctx.scopeAnd();
    if (parts.size() == 1) {
      return and(parts.get(0));
    }
    List<ScopeExpr> terms = new ArrayList<>(parts.size());
    parts.forEach(p -> terms.add(and(p)));
    return new ScopeExpr.Or(terms, Trees.span(ctx));
  }

  private ScopeExpr and(SumoParser.ScopeAndContext ctx) {
    List<SumoParser.ScopeUnaryContext> parts = ctx.scopeUnary();
    if (parts.size() == 1) {
      return unary(parts.get(0));
    }
    List<ScopeExpr> terms = new ArrayList<>(parts.size());
    parts.forEach(p -> terms.add(unary(p)));
    return new ScopeExpr.And(terms, Trees.span(ctx));
  }

  private ScopeExpr unary(SumoParser.ScopeUnaryContext ctx) {
    if (ctx instanceof SumoParser.ScopeNotContext not) {
      return new ScopeExpr.Not(unary(not.scopeUnary()), Trees.span(ctx));
    }
    return atom(((SumoParser.ScopeAtomUnaryContext) ctx).scopeAtom());
  }

  private ScopeExpr atom(SumoParser.ScopeAtomContext ctx) {
    if (ctx instanceof SumoParser.ScopeParensContext p) {
      return or(p.scopeOr());
    } else if (ctx instanceof SumoParser.ScopeFieldContext f) {
      return new ScopeExpr.Field(fieldName(f.key), f.op.getType() == io.github.sigma2sumo.sumo.antlr.SumoLexer.NE,
          value(f.value), Trees.span(ctx));
    } else if (ctx instanceof SumoParser.ScopePhraseContext p) {
      return new ScopeExpr.Term(Trees.string(p.STRING()), true, Trees.span(ctx));
    } else if (ctx instanceof SumoParser.ScopeTermContext t) {
      return new ScopeExpr.Term(t.TERM().getText(), false, Trees.span(ctx));
    }
    SumoParser.ScopeSubqueryContext s = (SumoParser.ScopeSubqueryContext) ctx;
    return new ScopeExpr.Subquery(queries.subquery(s.subquery()), Trees.span(ctx));
  }

  private static String fieldName(SumoParser.ScopeFieldNameContext ctx) {
    if (ctx.QUOTED_FIELD() != null) {
      return Trees.quotedField(ctx.QUOTED_FIELD().getText());
    }
    return ctx.TERM().getText();
  }

  private static ScopeExpr.Term value(SumoParser.ScopeValueContext ctx) {
    if (ctx.STRING() != null) {
      return new ScopeExpr.Term(Trees.string(ctx.STRING()), true, Trees.span(ctx));
    }
    return new ScopeExpr.Term(ctx.TERM().getText(), false, Trees.span(ctx));
  }
}
