package io.github.sigma2sumo.run.sigma;

import io.github.sigma2sumo.sigma.Condition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's {@code condition} evaluated over the verdicts of its search identifiers
 * (SigmaHQ/sigma-specification, specification/sigma-rules-specification.md, "Condition"):
 * {@code and}, {@code or}, {@code not}, parentheses, {@code 1 of}/{@code any of} (OR) and
 * {@code all of} (AND) over {@code them} or a pattern whose {@code *} stands for any run of
 * characters.
 *
 * <p>{@code them} is every identifier not starting with {@code _}, as the specification says. A
 * pattern skips {@code _} identifiers unless it starts with {@code _} itself (the specification
 * says nothing; pySigma does so). A selector that names no identifier is an error, never a
 * silently dropped term.
 */
final class ConditionEvaluator {

  private ConditionEvaluator() {}

  /** Why {@code c} cannot be evaluated over {@code identifiers}, if it cannot. */
  static Optional<String> problem(Condition c, Collection<String> identifiers) {
    if (c instanceof Condition.Ref r) {
      return identifiers.contains(r.name()) ? Optional.empty()
          : Optional.of("the condition names '" + r.name() + "', which is no search identifier of the detection");
    } else if (c instanceof Condition.Selector s) {
      return selected(s, identifiers).isEmpty()
          ? Optional.of("'" + (s.all() ? "all" : "1") + " of " + s.pattern() + "' names no search identifier")
          : Optional.empty();
    } else if (c instanceof Condition.Not n) {
      return problem(n.operand(), identifiers);
    }
    for (Condition t : c instanceof Condition.And a ? a.terms() : ((Condition.Or) c).terms()) {
      Optional<String> p = problem(t, identifiers);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** The verdict of {@code c}; every identifier it names is in {@code verdicts}. */
  static boolean evaluate(Condition c, Map<String, Boolean> verdicts) {
    if (c instanceof Condition.Ref r) {
      return verdicts.get(r.name());
    } else if (c instanceof Condition.Selector s) {
      List<String> names = selected(s, verdicts.keySet());
      return s.all() ? names.stream().allMatch(verdicts::get) : names.stream().anyMatch(verdicts::get);
    } else if (c instanceof Condition.Not n) {
      return !evaluate(n.operand(), verdicts);
    } else if (c instanceof Condition.And a) {
      return a.terms().stream().allMatch(t -> evaluate(t, verdicts));
    }
    return ((Condition.Or) c).terms().stream().anyMatch(t -> evaluate(t, verdicts));
  }

  /** The identifiers a selector names, in detection order. */
  static List<String> selected(Condition.Selector s, Collection<String> identifiers) {
    List<String> out = new ArrayList<>();
    for (String id : identifiers) {
      boolean hidden = id.startsWith("_") && (s.them() || !s.pattern().startsWith("_"));
      if (!hidden && (s.them() || globMatches(s.pattern(), id))) {
        out.add(id);
      }
    }
    return out;
  }

  /** Whether {@code name} is {@code pattern} with each {@code *} any run; linear backtracking to the last star. */
  static boolean globMatches(String pattern, String name) {
    int p = 0;
    int n = 0;
    int star = -1;
    int resume = 0;
    while (n < name.length()) {
      if (p < pattern.length() && pattern.charAt(p) != '*' && pattern.charAt(p) == name.charAt(n)) {
        p++;
        n++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = n;
      } else if (star >= 0) {
        p = star + 1;
        n = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
