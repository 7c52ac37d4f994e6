/** Part of sigma2sumo: lint. */
@NullMarked
package io.github.sigma2sumo.lint;

import org.jspecify.annotations.NullMarked;
