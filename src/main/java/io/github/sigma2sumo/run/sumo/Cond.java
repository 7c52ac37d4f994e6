package io.github.sigma2sumo.run.sumo;

/** A prepared boolean expression, as {@code where} and {@code if} test it: true or false, never null. */
@FunctionalInterface
interface Cond {
  boolean test(Slots row);

  /**
   * Whether a value counts as true where a condition is needed: the boolean true, or text that
   * reads {@code true} in any case (a field assigned from a comparison, then parsed back). The docs
   * show {@code where valid} on a boolean field only; anything else (numbers, other text, null)
   * counts as false.
   */
  static boolean truth(Value v) {
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    return v instanceof Value.Text t && t.value().equalsIgnoreCase("true");
  }
}
