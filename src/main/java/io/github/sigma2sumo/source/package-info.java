/** Source text, spans and line maps: the kernel every other package depends on. */
@NullMarked
package io.github.sigma2sumo.source;

import org.jspecify.annotations.NullMarked;
