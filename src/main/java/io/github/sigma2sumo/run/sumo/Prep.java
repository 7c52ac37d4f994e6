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
  /** Lower-case names a row holds after an aggregation; null before any, or after a stage that adds unknown names. */
  private java.util.@org.jspecify.annotations.Nullable Set<String> afterAggregation;

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

  /** The slot of a field a stage writes. */
  int define(String name) {
    if (afterAggregation != null) {
      afterAggregation.add(FieldNames.lower(name));
    }
    return schema.slot(name);
  }

  /** The slot of a field an expression reads; after an aggregation, only its fields and later ones exist. */
  int read(String name, Span span) {
    if (afterAggregation != null && !afterAggregation.contains(FieldNames.lower(name))) {
      invalid(name, "field " + name + " does not exist after the aggregation, which keeps only its group-by"
          + " fields and aggregates; Sumo rejects the query (\"field not found\")", span);
    }
    return schema.slot(name);
  }

  /** An aggregation made rows of these fields only. */
  void aggregated(java.util.List<String> names) {
    afterAggregation = new java.util.HashSet<>();
    names.forEach(n -> afterAggregation.add(FieldNames.lower(n)));
  }

  /** A stage adds fields whose names are known only at run time ({@code json auto}, {@code lookup *}). */
  void fieldsOpen() {
    afterAggregation = null;
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
