package io.github.sigma2sumo.run.sumo;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What preparing one query shares: its field slots, the caller's lookup tables, and the problems
 * found so far. Preparation goes on after a problem so that every construct that cannot run is
 * named at once; a prepared part standing for a refused construct is never run.
 */
final class Prep {
  private final FieldSchema schema = new FieldSchema();
  private final Lookups lookups;
  private final List<Problem> problems = new ArrayList<>();
  private final int rawSlot;

  Prep(Lookups lookups) {
    this.lookups = lookups;
    this.rawSlot = schema.slot("_raw");
  }

  FieldSchema schema() {
    return schema;
  }

  Lookups lookups() {
    return lookups;
  }

  int rawSlot() {
    return rawSlot;
  }

  void report(Problem problem) {
    problems.add(problem);
  }

  void notEvaluated(String construct, Span span) {
    report(Problem.notEvaluated(construct, span));
  }

  void notEvaluated(String construct, String why, Span span) {
    report(Problem.notEvaluated(construct, why, span));
  }

  void invalid(String construct, String message, Span span) {
    report(Problem.invalid(construct, message, span));
  }

  /**
   * Whether {@code e} is a dashboard parameter ({@code {{name}}}), reported as not evaluated: the
   * dashboard fills it in before the query runs, so what it stands for is unknown here.
   */
  boolean isTemplate(Expr e) {
    if (e instanceof Expr.Template t) {
      notEvaluated("{{" + t.name() + "}}", "a dashboard parameter is filled in by the dashboard", t.span());
      return true;
    }
    return false;
  }

  /** A constant number written in an operator's arguments ({@code limit 10}, {@code pct(f, 95)}). */
  OptionalDouble number(Expr e, String what) {
    if (e instanceof Expr.NumberLit n) {
      // "timeslice 1 h" occurs in Sumo's own queries
      OptionalDouble d = Numbers.literal(n.text().replace(" ", ""));
      if (d.isPresent()) {
        return d;
      }
    }
    if (!isTemplate(e)) {
      invalid(what, what + " takes a number here", e.span());
    }
    return OptionalDouble.empty();
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Stands for a refused expression; never evaluated, since a query with problems does not run. */
  static final Eval REFUSED = new Eval.Const(Value.NULL);
}
