package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Expr;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The functions an expression may call, by lower-case name (Sumo resolves names in any case:
 * {@code toUppercase(}, {@code isEMpty(} occur in its own queries). Each family registers its
 * functions: {@link TextFunctions}, {@link TestFunctions}, {@link NumberFunctions},
 * {@link NetworkFunctions}, {@link TimeFunctions}. A call of any other function is refused when
 * the query is prepared: "`geoip()` is not evaluated locally".
 */
final class Functions {

  /** How to prepare one function: its number of arguments and how to build it. */
  record Spec(int min, int max, Builder builder) {}

  @FunctionalInterface
  interface Builder {
    Eval build(Args args);
  }

  private static final Map<String, Spec> ALL = new HashMap<>();

  static {
    TextFunctions.register(ALL);
    TestFunctions.register(ALL);
    NumberFunctions.register(ALL);
    NetworkFunctions.register(ALL);
    TimeFunctions.register(ALL);
  }

  private Functions() {}

  static Optional<Spec> find(String name) {
    return Optional.ofNullable(ALL.get(FieldNames.lower(name)));
  }

  static Eval compile(Expr.Call call, ExprCompiler compiler) {
    Optional<Spec> spec = find(call.name());
    if (spec.isEmpty()) {
      compiler.prep().notEvaluated(call.name() + "()", call.span());
      return Prep.REFUSED;
    }
    int n = call.args().size();
    Spec s = spec.get();
    if (n < s.min() || n > s.max()) {
      String wanted = s.min() == s.max() ? String.valueOf(s.min()) : s.min() + " to " + s.max();
      compiler.prep().invalid(call.name() + "()", "`" + call.name() + "` takes " + wanted + " arguments, not " + n,
          call.span());
      return Prep.REFUSED;
    }
    return s.builder().build(new Args(call, compiler));
  }
}
