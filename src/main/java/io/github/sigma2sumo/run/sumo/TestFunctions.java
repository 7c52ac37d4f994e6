package io.github.sigma2sumo.run.sumo;

import java.util.Map;

/**
 * Functions that test a value, and {@code if} (docs search-operators/isnull-isempty-isblank.md,
 * isnumeric.md, if.md). The isNull page's examples settle what its prose leaves loose:
 * {@code isEmpty(" ")} is false and {@code isBlank(" ")} true. "Whitespace" for {@code isBlank}
 * is Java's {@code Character.isWhitespace}, the convention the keyword-search page names.
 * {@code isNumeric} is true for text that reads as a number ({@link Numbers}) and for numbers.
 */
final class TestFunctions {
  private TestFunctions() {}

  static void register(Map<String, Functions.Spec> all) {
    all.put("isnull", new Functions.Spec(1, 1, a -> test(a, Value::isNull)));
    all.put("isempty", new Functions.Spec(1, 1, a -> test(a, v -> v.isNull() || v.text().isEmpty())));
    all.put("isblank", new Functions.Spec(1, 1, a -> test(a, v -> v.isNull() || v.text().chars()
        .allMatch(Character::isWhitespace))));
    all.put("isnumeric", new Functions.Spec(1, 1, a -> test(a, v -> Numbers.of(v).isPresent())));
    all.put("if", new Functions.Spec(3, 3, TestFunctions::ifThenElse));
  }

  private static Eval test(Args a, java.util.function.Predicate<Value> p) {
    Eval arg = a.eval(0);
    return row -> Value.of(p.test(arg.eval(row)));
  }

  /** {@code if(condition, then, else)}: a condition that is null or no boolean counts as false. */
  private static Eval ifThenElse(Args a) {
    Cond c = a.cond(0);
    Eval then = a.eval(1);
    Eval otherwise = a.eval(2);
    return row -> c.test(row) ? then.eval(row) : otherwise.eval(row);
  }
}
