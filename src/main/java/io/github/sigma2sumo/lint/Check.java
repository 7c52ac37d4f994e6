package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.ast.Query;

/**
 * One lint check over a parsed Sumo query. Checks are stateless; they report through the
 * {@link Reporter}, which stamps their id and severity.
 */
public interface Check {
  CheckInfo info();

  void check(Query query, Reporter out);
}
