/** Sumo query text to AST; the only package that sees ANTLR's generated classes. */
@NullMarked
package io.github.sigma2sumo.sumo.parser;

import org.jspecify.annotations.NullMarked;
