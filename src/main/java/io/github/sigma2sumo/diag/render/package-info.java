/** Part of sigma2sumo: diag/render. */
@NullMarked
package io.github.sigma2sumo.diag.render;

import org.jspecify.annotations.NullMarked;
