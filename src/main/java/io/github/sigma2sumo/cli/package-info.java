/** Part of sigma2sumo: cli. */
@NullMarked
package io.github.sigma2sumo.cli;

import org.jspecify.annotations.NullMarked;
