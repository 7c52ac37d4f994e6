package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.cse.CseFunctions;
import io.github.sigma2sumo.source.Span;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Function calls: the name and number of arguments checked against {@link CseFunctions}, then the
 * function of {@link StringFunctions}, {@link NumberFunctions}, {@link NetworkFunctions} or
 * {@link CollectionFunctions} applied to the evaluated arguments. {@code if} evaluates only the
 * branch its condition picks; {@code anyHttpHeaderMatches} compiles a constant regex once;
 * {@code hasThreatMatch} fails the record that needs its value, since the threat intelligence it
 * consults is not here.
 */
final class FunctionCalls {

  private static final Map<String, Builtin> BUILTINS = builtins();

  private FunctionCalls() {}

  private static Map<String, Builtin> builtins() {
    Map<String, Builtin> table = new HashMap<>();
    StringFunctions.register(table);
    NumberFunctions.register(table);
    NetworkFunctions.register(table);
    CollectionFunctions.register(table);
    return Map.copyOf(table);
  }

  /** True when every function of {@link CseFunctions} is either evaluated here or refused by name. */
  static boolean coversEveryFunction() {
    return CseFunctions.names().stream().allMatch(n -> BUILTINS.containsKey(n) || n.equals("if")
        || n.equals("hasthreatmatch") || n.equals("anyhttpheadermatches"));
  }

  static Node compile(Expr.Call node, NodeCompiler compiler) {
    String name = node.name().toLowerCase(Locale.ROOT);
    Span span = node.span();
    Optional<CseFunctions.Arity> arity = CseFunctions.arity(name);
    if (arity.isEmpty()) {
      return compiler.problem(span, "'" + node.name() + "' is not a function of Cloud SIEM expressions");
    }
    if (!arity.get().accepts(node.args().size())) {
      String plural = arity.get().max() == 1 ? "" : "s";
      return compiler.problem(span, node.name() + " takes " + arity.get() + " argument" + plural + ", not "
          + node.args().size());
    }
    if (name.equals("hasthreatmatch")) {
      return frame -> {
        throw new EvaluationError(span, "hasThreatMatch is not evaluated locally: it looks values up in Cloud SIEM's"
            + " threat intelligence, which is not here");
      };
    }
    Node[] args = new Node[node.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = compiler.compile(node.args().get(i));
    }
    if (name.equals("if")) {
      Span condition = node.args().get(0).span();
      return frame -> Coercions.truth(args[0].eval(frame), condition) ? args[1].eval(frame) : args[2].eval(frame);
    }
    Builtin fn = BUILTINS.get(name);
    if (name.equals("anyhttpheadermatches")) {
      if (args[1] instanceof NodeCompiler.Constant c && c.value() instanceof String regex) {
        StringBuilder why = new StringBuilder();
        Optional<JavaRegex> compiled = JavaRegex.compile(regex, why);
        if (compiled.isEmpty()) {
          return compiler.problem(node.args().get(1).span(), why.toString());
        }
        fn = CollectionFunctions.anyHeaderMatches(compiled.get());
      } else {
        fn = CollectionFunctions.anyHeaderMatches();
      }
    }
    if (fn == null) {
      return compiler.problem(span, node.name() + " is not evaluated locally");
    }
    Builtin f = fn;
    return frame -> {
      Object[] values = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        values[i] = args[i].eval(frame);
      }
      return f.apply(values, span);
    };
  }
}
