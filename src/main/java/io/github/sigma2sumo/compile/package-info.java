/**
 * Sigma to Sumo: pipelines, lowering of rules and correlations to the shared AST, and the
 * compiler that prints each query and checks it by parsing and linting it again.
 */
@NullMarked
package io.github.sigma2sumo.compile;

import org.jspecify.annotations.NullMarked;
