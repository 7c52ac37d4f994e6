package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.UnaryOp;
import io.github.sigma2sumo.run.cse.Explanation.Kind;
import io.github.sigma2sumo.run.cse.Explanation.Reading;
import io.github.sigma2sumo.run.cse.Explanation.Term;
import io.github.sigma2sumo.run.cse.Explanation.Truth;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slow path behind {@link CseExpression#explain}: the condition's boolean structure prepared
 * once more, part by part, so that each part's truth can be reported. Truth follows the same rules
 * as the evaluation: an AND is false when any term is false, failed when a term failed and none is
 * false, else true (OR alike); NOT keeps a failure.
 */
final class Explainer {

  private record Reader(String label, Node node) {}

  private record Part(Kind kind, Span span, String text, List<Part> parts, Node predicate, List<Reader> readers) {}

  private final Part root;

  Explainer(Expr condition, Map<String, Integer> aliases, Optional<SourceFile> source) {
    NodeCompiler compiler = new NodeCompiler(new ArrayList<>(), aliases);
    this.root = part(condition, compiler, source);
  }

  private static Part part(Expr e, NodeCompiler compiler, Optional<SourceFile> source) {
    String text = source.map(s -> slice(s, e.span())).orElse("");
    List<Part> parts = new ArrayList<>();
    Kind kind;
    if (e instanceof Expr.And and) {
      kind = Kind.AND;
      and.terms().forEach(t -> parts.add(part(t, compiler, source)));
    } else if (e instanceof Expr.Or or) {
      kind = Kind.OR;
      or.terms().forEach(t -> parts.add(part(t, compiler, source)));
    } else if (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
      kind = Kind.NOT;
      parts.add(part(u.operand(), compiler, source));
    } else {
      List<Reader> readers = new ArrayList<>();
      for (Expr read : FieldReads.of(e)) {
        String label = FieldReads.label(read);
        if (readers.stream().noneMatch(r -> r.label().equals(label))) {
          readers.add(new Reader(label, compiler.compile(read)));
        }
      }
      return new Part(Kind.PREDICATE, e.span(), text, List.of(), compiler.compile(e), readers);
    }
    return new Part(kind, e.span(), text, parts, frame -> null, List.of());
  }

  private static String slice(SourceFile source, Span span) {
    if (span.isSynthetic() || span.end() > source.codePointLength()) {
      return "";
    }
    return source.slice(span);
  }

  Term explain(Frame frame) {
    return explain(root, frame);
  }

  private static Term explain(Part p, Frame frame) {
    if (p.kind() == Kind.PREDICATE) {
      List<Reading> readings = new ArrayList<>();
      for (Reader r : p.readers()) {
        String value;
        try {
          value = Coercions.show(r.node().eval(frame));
        } catch (EvaluationError e) {
          value = "(cannot be read: " + e.getMessage() + ")";
        }
        readings.add(new Reading(r.label(), value));
      }
      try {
        boolean truth = Coercions.truth(p.predicate().eval(frame), p.span());
        return new Term(p.kind(), p.span(), p.text(), truth ? Truth.TRUE : Truth.FALSE, Optional.empty(), List.of(),
            readings);
      } catch (EvaluationError e) {
        return new Term(p.kind(), p.span(), p.text(), Truth.FAILED, Optional.of(e.getMessage()), List.of(), readings);
      }
    }
    List<Term> terms = new ArrayList<>();
    p.parts().forEach(c -> terms.add(explain(c, frame)));
    Truth truth;
    if (p.kind() == Kind.NOT) {
      Truth inner = terms.get(0).truth();
      truth = inner == Truth.FAILED ? Truth.FAILED : inner == Truth.TRUE ? Truth.FALSE : Truth.TRUE;
    } else {
      Truth decisive = p.kind() == Kind.AND ? Truth.FALSE : Truth.TRUE;
      boolean failed = terms.stream().anyMatch(t -> t.truth() == Truth.FAILED);
      boolean decided = terms.stream().anyMatch(t -> t.truth() == decisive);
      truth = decided ? decisive : failed ? Truth.FAILED : decisive == Truth.FALSE ? Truth.TRUE : Truth.FALSE;
    }
    Optional<String> problem = truth == Truth.FAILED ? terms.stream().map(Term::problem).flatMap(Optional::stream)
        .findFirst() : Optional.empty();
    return new Term(p.kind(), p.span(), p.text(), truth, problem, terms, List.of());
  }
}
