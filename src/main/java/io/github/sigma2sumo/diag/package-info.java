/** Diagnostics: the one shape in which every problem with a user's input is reported. */
@NullMarked
package io.github.sigma2sumo.diag;

import org.jspecify.annotations.NullMarked;
