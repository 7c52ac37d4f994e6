package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;

/** Sumo rejects a query longer than 15,000 characters (docs build-search/search-syntax.md). */
public final class QueryTooLong extends AbstractCheck {
  public static final int LIMIT = 15_000;

  public QueryTooLong() {
    super("query-too-long", Severity.ERROR, "query longer than Sumo's 15,000-character limit");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    if (walk.query().span().length() > LIMIT) {
      out.report(walk.query().span(), "the query is " + walk.query().span().length() + " characters long; Sumo accepts at most "
          + LIMIT);
    }
  }
}
