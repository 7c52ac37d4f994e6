/** Work spread over every core, depending on nothing else here. */
@NullMarked
package io.github.sigma2sumo.parallel;

import org.jspecify.annotations.NullMarked;
