/** Part of sigma2sumo: lint/checks. */
@NullMarked
package io.github.sigma2sumo.lint.checks;

import org.jspecify.annotations.NullMarked;
