package io.github.sigma2sumo.emit;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.ast.Stage;

/**
 * Turns a {@link Query} into canonical Sumo text: the scope on the first line, then one
 * {@code | stage} per line. Parsing the output gives back the same tree (spans aside); all quoting
 * goes through {@link SumoSyntax}.
 */
public final class QueryPrinter {

  private final ExprPrinter exprs = new ExprPrinter(this);
  private final ScopePrinter scopes = new ScopePrinter(this);
  private final StagePrinter stages = new StagePrinter(exprs, this);

  public static String print(Query query) {
    return new QueryPrinter().query(query);
  }

  public static String print(Expr expr) {
    return new QueryPrinter().exprs.print(expr);
  }

  public static String print(ScopeExpr scope) {
    return new QueryPrinter().scopes.print(scope);
  }

  public static String print(Stage stage) {
    return new QueryPrinter().stages.print(stage);
  }

  String query(Query query) {
    StringBuilder out = new StringBuilder();
    query.scope().ifPresent(s -> out.append(scopes.print(s)));
    for (Stage stage : query.stages()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("| ").append(stages.print(stage));
    }
    return out.toString();
  }

  String subquery(Query query) {
    String range = query.timeRange().isEmpty() ? "" : " " + query.timeRange();
    return "[subquery" + range + ": " + query(query) + "]";
  }
}
