/**
 * Runs test cases three ways and compares: the Sigma evaluator on the events as objects, the
 * compiled log search in the Sumo interpreter on the raw messages Sumo would store, and the
 * compiled Cloud SIEM rule on the records Cloud SIEM would build. The only place that uses both
 * the compiler and the evaluators ({@code run.*}), which never see each other.
 */
@NullMarked
package io.github.sigma2sumo.testrun;

import org.jspecify.annotations.NullMarked;
