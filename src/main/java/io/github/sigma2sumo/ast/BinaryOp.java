package io.github.sigma2sumo.ast;

/** Arithmetic and comparison operators, each with its canonical spelling and precedence level. */
public enum BinaryOp {
  MUL("*", 6),
  DIV("/", 6),
  MOD("%", 6),
  ADD("+", 5),
  SUB("-", 5),
  EQ("=", 4),
  NE("!=", 4),
  LT("<", 4),
  LE("<=", 4),
  GT(">", 4),
  GE(">=", 4);

  private final String symbol;
  private final int precedence;

  BinaryOp(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  public String symbol() {
    return symbol;
  }

  /** Higher binds tighter. Levels: 1 ternary, 2 or, 3 and, 4 relational, 5 additive, 6 multiplicative. */
  public int precedence() {
    return precedence;
  }

  public boolean isComparison() {
    return precedence == 4;
  }
}
