/**
 * The Sigma evaluator of {@code sigma2sumo test}: a rule's detection evaluated directly on an
 * event, with the meaning the Sigma specification gives (SigmaHQ/sigma-specification), and
 * correlation rules evaluated over timestamped events. It is the judge of the compiler, so it
 * reads the rule's detection from the raw YAML and implements modifiers, escaping and matching
 * itself; it never imports {@code compile}, {@code emit}, {@code lint}, {@code pack} or
 * {@code cli}, nor the compiler's value model ({@code sigma.Modifiers}, {@code sigma.SigmaString},
 * {@code sigma.SigmaValue}).
 */
@NullMarked
package io.github.sigma2sumo.run.sigma;

import org.jspecify.annotations.NullMarked;
