/** AST to Sumo query text; {@link io.github.sigma2sumo.emit.SumoSyntax} is the one escaping layer. */
@NullMarked
package io.github.sigma2sumo.emit;

import org.jspecify.annotations.NullMarked;
