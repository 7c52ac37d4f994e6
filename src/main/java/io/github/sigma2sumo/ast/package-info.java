/**
 * The typed syntax tree that the Sumo parser builds, the compiler emits and the checks read:
 * immutable records in sealed families, every node with its {@link io.github.sigma2sumo.source.Span}.
 */
@NullMarked
package io.github.sigma2sumo.ast;

import org.jspecify.annotations.NullMarked;
