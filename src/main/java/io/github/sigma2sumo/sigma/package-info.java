/**
 * Sigma rules as data: the YAML loader with positions, values and modifiers, detections,
 * conditions, correlations and filters. Reference: SigmaHQ/sigma-specification; ../shared/reference/sigma.md.
 */
@NullMarked
package io.github.sigma2sumo.sigma;

import org.jspecify.annotations.NullMarked;
