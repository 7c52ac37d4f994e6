package io.github.sigma2sumo.run.sumo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Casts and math functions (docs search-operators/manually-cast-data-string-number.md, num.md,
 * math-expressions/index.md, round.md). A value that does not read as a number ({@link Numbers})
 * gives null: {@code num("abc")} is null, so {@code where num(x) = 1} is false for such an x.
 * {@code toLong} and {@code toInt} drop the fraction (towards zero, as Java's cast does; the docs
 * do not say); {@code round(x)} rounds half up, {@code round(x, n)} to n decimals half up.
 * {@code min(a, b)} and {@code max(a, b)} with two arguments are the scalar forms.
 */
final class NumberFunctions {
  private NumberFunctions() {}

  static void register(Map<String, Functions.Spec> all) {
    for (String name : new String[] {"num", "number", "double"}) {
      all.put(name, new Functions.Spec(1, 1, a -> unary(a, d -> d)));
    }
    for (String name : new String[] {"tolong", "long", "toint", "int"}) {
      all.put(name, new Functions.Spec(1, 1, a -> unary(a, d -> d < 0 ? Math.ceil(d) : Math.floor(d))));
    }
    all.put("abs", new Functions.Spec(1, 1, a -> unary(a, Math::abs)));
    all.put("ceil", new Functions.Spec(1, 1, a -> unary(a, Math::ceil)));
    all.put("floor", new Functions.Spec(1, 1, a -> unary(a, Math::floor)));
    all.put("sqrt", new Functions.Spec(1, 1, a -> unary(a, Math::sqrt)));
    all.put("cbrt", new Functions.Spec(1, 1, a -> unary(a, Math::cbrt)));
    all.put("exp", new Functions.Spec(1, 1, a -> unary(a, Math::exp)));
    all.put("log", new Functions.Spec(1, 1, a -> unary(a, Math::log)));
    all.put("log10", new Functions.Spec(1, 1, a -> unary(a, Math::log10)));
    all.put("pow", new Functions.Spec(2, 2, a -> binary(a, Math::pow)));
    all.put("min", new Functions.Spec(2, 2, a -> binary(a, Math::min)));
    all.put("max", new Functions.Spec(2, 2, a -> binary(a, Math::max)));
    all.put("round", new Functions.Spec(1, 2, NumberFunctions::round));
  }

  private static Eval unary(Args a, DoubleUnaryOperator f) {
    Eval arg = a.eval(0);
    return row -> {
      OptionalDouble d = Numbers.of(arg.eval(row));
      return d.isEmpty() ? Value.NULL : Value.of(f.applyAsDouble(d.getAsDouble()));
    };
  }

  private static Eval binary(Args a, DoubleBinaryOperator f) {
    Eval x = a.eval(0);
    Eval y = a.eval(1);
    return row -> {
      OptionalDouble p = Numbers.of(x.eval(row));
      OptionalDouble q = Numbers.of(y.eval(row));
      return p.isEmpty() || q.isEmpty() ? Value.NULL : Value.of(f.applyAsDouble(p.getAsDouble(), q.getAsDouble()));
    };
  }

  private static Eval round(Args a) {
    if (a.size() == 1) {
      return unary(a, d -> Double.isFinite(d) ? Math.floor(d + 0.5) : d);
    }
    return binary(a, (d, n) -> !Double.isFinite(d) || n < 0 || n > 300 ? d
        : new BigDecimal(Double.toString(d)).setScale((int) n, RoundingMode.HALF_UP).doubleValue());
  }
}
