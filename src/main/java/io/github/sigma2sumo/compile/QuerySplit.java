package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.ast.UnaryOp;
import io.github.sigma2sumo.emit.QueryPrinter;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A log search longer than Sumo accepts, split into queries each under the limit whose union is the
 * rule: the largest list of alternatives in the {@code where} that is not negated (an
 * {@code or}, an {@code in (...)} list, or the alternatives {@code (?:a|b|...)} of a regex the
 * compiler wrote for many values) is cut into consecutive runs, each as large as the limit
 * allows, and each run takes the list's place in one query. Since {@code a and (x or y)} is
 * {@code (a and x) or (a and y)}, a message some part finds is one the rule describes, and back.
 * A list under a negation cuts into an intersection, not a union, and is never cut; a rule whose
 * only long lists are negated is not split.
 */
final class QuerySplit {
  private QuerySplit() {}

  private static final Span S = Span.SYNTHETIC;

  /** The parts, each printed under {@code limit} characters; empty when no cut gets there. */
  static Optional<List<Query>> split(Query query, int limit) {
    int where = lastWhere(query);
    if (where < 0) {
      return Optional.empty();
    }
    Expr condition = ((Stage.Where) query.stages().get(where)).condition();
    Optional<Expr> list = largestPositiveList(condition, true);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<Expr> items = items(list.get());
    // the query without the list's items: what every part holds besides its run of items
    int fixed = QueryPrinter.print(replace(query, where, condition, list.get(), items.subList(0, 1))).length()
        - QueryPrinter.print(items.get(0)).length();
    List<Query> parts = new ArrayList<>();
    List<Expr> run = new ArrayList<>();
    int length = fixed;
    for (Expr item : items) {
      int itemLength = QueryPrinter.print(item).length() + 4; // its separator (" or ", ", ") and parentheses
      if (!run.isEmpty() && length + itemLength >= limit) {
        parts.add(replace(query, where, condition, list.get(), run));
        run = new ArrayList<>();
        length = fixed;
      }
      run.add(item);
      length += itemLength;
    }
    parts.add(replace(query, where, condition, list.get(), run));
    for (Query part : parts) {
      if (QueryPrinter.print(part).length() > limit) {
        return Optional.empty(); // one item alone, or what surrounds the list, is over the limit
      }
    }
    return parts.size() > 1 ? Optional.of(parts) : Optional.empty();
  }

  private static int lastWhere(Query query) {
    for (int i = query.stages().size() - 1; i >= 0; i--) {
      if (query.stages().get(i) instanceof Stage.Where) {
        return i;
      }
    }
    return -1;
  }

  /** The longest Or, or not-negated In, that no negation covers. */
  private static Optional<Expr> largestPositiveList(Expr e, boolean positive) {
    return largest(e, positive).map(Sized::expr);
  }

  /** A candidate list and its printed length, printed once. */
  private record Sized(Expr expr, int size) {}

  private static Optional<Sized> largest(Expr e, boolean positive) {
    Optional<Sized> best = Optional.empty();
    if (positive && (e instanceof Expr.Or || e instanceof Expr.In in && !in.negated() && in.values().size() > 1
        || e instanceof Expr.Matches m && !m.negated() && m.pattern() instanceof Expr.RegexLit r
            && Alternation.of(r.pattern()).isPresent())) {
      best = Optional.of(new Sized(e, size(e)));
    }
    List<Expr> children = new ArrayList<>();
    boolean childPositive = positive;
    if (e instanceof Expr.And and) {
      children.addAll(and.terms());
    } else if (e instanceof Expr.Or or) {
      children.addAll(or.terms());
    } else if (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
      children.add(u.operand());
      childPositive = !positive;
    }
    for (Expr child : children) {
      Optional<Sized> inner = largest(child, childPositive);
      if (inner.isPresent() && (best.isEmpty() || inner.get().size() > best.get().size())) {
        best = inner;
      }
    }
    return best;
  }

  private static int size(Expr e) {
    return QueryPrinter.print(e).length();
  }

  private static List<Expr> items(Expr list) {
    if (list instanceof Expr.Matches m) {
      // each alternative as a regex of its own, so that it prints as long as it weighs
      Alternation a = Alternation.of(((Expr.RegexLit) m.pattern()).pattern()).orElseThrow();
      return a.alternatives().stream().map(alt -> (Expr) new Expr.StringLit(alt, S)).toList();
    }
    return list instanceof Expr.Or or ? or.terms() : ((Expr.In) list).values();
  }

  /**
   * A regex {@code prefix(?:a|b|...)suffix} whose group's alternatives are at the top level of the
   * group: what the compiler writes for the values of one item ({@code (?is)^(?:.*x|.*y)$}). The
   * scan follows escapes, classes and nested groups, so a {@code |} inside them is no cut.
   */
  record Alternation(String prefix, List<String> alternatives, String suffix) {
    private static final java.util.regex.Pattern SHAPE =
        java.util.regex.Pattern.compile("((?:\\(\\?[a-zA-Z]+\\))?\\^?)\\(\\?:(.*)\\)(\\$?)", java.util.regex.Pattern.DOTALL);

    static Optional<Alternation> of(String pattern) {
      java.util.regex.Matcher m = SHAPE.matcher(pattern);
      if (!m.matches()) {
        return Optional.empty();
      }
      String body = m.group(2);
      List<String> alternatives = new ArrayList<>();
      int depth = 0;
      boolean inClass = false;
      int start = 0;
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '\\') {
          i++;
        } else if (inClass) {
          inClass = c != ']';
        } else if (c == '[') {
          inClass = true;
          if (i + 1 < body.length() && body.charAt(i + 1) == ']') {
            i++; // a ']' first in a class is literal
          }
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          if (--depth < 0) {
            return Optional.empty(); // the group closes early: not one group around the body
          }
        } else if (c == '|' && depth == 0) {
          alternatives.add(body.substring(start, i));
          start = i + 1;
        }
      }
      if (depth != 0 || inClass) {
        return Optional.empty();
      }
      alternatives.add(body.substring(start));
      return alternatives.size() > 1 ? Optional.of(new Alternation(m.group(1), alternatives, m.group(3)))
          : Optional.empty();
    }

    String with(List<String> run) {
      return prefix + "(?:" + String.join("|", run) + ")" + suffix;
    }
  }

  /** The query with {@code list} (found by identity) holding only {@code run}. */
  private static Query replace(Query query, int where, Expr condition, Expr list, List<Expr> run) {
    Expr smaller;
    if (list instanceof Expr.Matches m) {
      Expr.RegexLit regex = (Expr.RegexLit) m.pattern();
      String pattern = Alternation.of(regex.pattern()).orElseThrow()
          .with(run.stream().map(alt -> ((Expr.StringLit) alt).value()).toList());
      smaller = new Expr.Matches(m.subject(), new Expr.RegexLit(pattern, regex.flags(), regex.span()), false, m.span());
    } else if (list instanceof Expr.Or) {
      smaller = run.size() == 1 ? run.get(0) : new Expr.Or(run, S);
    } else {
      Expr.In in = (Expr.In) list;
      smaller = new Expr.In(in.subject(), run, false, in.span());
    }
    List<Stage> stages = new ArrayList<>(query.stages());
    stages.set(where, new Stage.Where(substitute(condition, list, smaller), S));
    return new Query(query.scope(), stages, query.timeRange(), query.span());
  }

  private static Expr substitute(Expr e, Expr target, Expr with) {
    if (e == target) {
      return with;
    } else if (e instanceof Expr.And and) {
      return new Expr.And(and.terms().stream().map(t -> substitute(t, target, with)).toList(), and.span());
    } else if (e instanceof Expr.Or or) {
      return new Expr.Or(or.terms().stream().map(t -> substitute(t, target, with)).toList(), or.span());
    } else if (e instanceof Expr.Unary u) {
      return new Expr.Unary(u.op(), substitute(u.operand(), target, with), u.span());
    }
    return e;
  }
}
