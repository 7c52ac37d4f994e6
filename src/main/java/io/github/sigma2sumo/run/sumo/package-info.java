/**
 * A local interpreter of Sumo Logic log searches: it runs a parsed {@link io.github.sigma2sumo.ast.Query}
 * over log messages and yields the rows Sumo Logic would show, so that the {@code test} command can
 * judge compiled queries against events.
 *
 * <p>It is a judge of the compiler, so it reads only the AST, the parser and the Sumo catalog, never
 * the compiler, the printer or the checks. Semantics come from the Sumo Logic documentation
 * (SumoLogic/sumologic-documentation, {@code docs/search/...}); where the documentation leaves a
 * choice open, the class that makes it says so in its Javadoc and a test pins it.
 *
 * <p>Flow: {@link io.github.sigma2sumo.run.sumo.SumoInterpreter#prepare} turns a query into a
 * {@link io.github.sigma2sumo.run.sumo.PreparedQuery}, a chain of small objects with precompiled
 * matchers, or refuses it naming what cannot be evaluated; {@link
 * io.github.sigma2sumo.run.sumo.PreparedQuery#run} streams {@link io.github.sigma2sumo.run.sumo.Messages}
 * through the scope and the stages into an {@link io.github.sigma2sumo.run.sumo.Output}.
 */
@NullMarked
package io.github.sigma2sumo.run.sumo;

import org.jspecify.annotations.NullMarked;
