package io.github.sigma2sumo.run.sumo;

/** A prepared expression: the value it has on one row. Pure: evaluating twice gives the same value. */
@FunctionalInterface
interface Eval {
  Value eval(Slots row);

  /** An expression whose value is known when the query is prepared. */
  record Const(Value value) implements Eval {
    @Override
    public Value eval(Slots row) {
      return value;
    }
  }
}
