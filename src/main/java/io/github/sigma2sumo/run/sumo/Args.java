package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.source.Span;

/** The arguments of one function call while it is prepared: each prepared on demand. */
final class Args {
  private final Expr.Call call;
  private final ExprCompiler compiler;

  Args(Expr.Call call, ExprCompiler compiler) {
    this.call = call;
    this.compiler = compiler;
  }

  int size() {
    return call.args().size();
  }

  Expr expr(int i) {
    return call.args().get(i);
  }

  Eval eval(int i) {
    return compiler.eval(call.args().get(i));
  }

  Cond cond(int i) {
    return compiler.cond(call.args().get(i));
  }

  Eval[] evals() {
    return compiler.evals(call.args()).toArray(Eval[]::new);
  }

  Span span() {
    return call.span();
  }

  Prep prep() {
    return compiler.prep();
  }
}
