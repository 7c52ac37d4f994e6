package io.github.sigma2sumo.ast;

/** Prefix operators of the expression language. */
public enum UnaryOp {
  /** {@code !x}; also written {@code not x} in some production queries. */
  NOT,
  NEGATE,
  PLUS
}
