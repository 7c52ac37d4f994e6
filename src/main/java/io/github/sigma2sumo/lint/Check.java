package io.github.sigma2sumo.lint;


/**
 * One lint check over a parsed Sumo query. Checks are stateless; they report through the
 * {@link Reporter}, which stamps their id and severity.
 */
public interface Check {
  CheckInfo info();

  /** Reports what is wrong in the walked query; {@code walk.query()} is the whole tree. */
  void check(QueryWalk walk, Reporter out);
}
