package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.List;

/**
 * {@code \.*} in a regex: "zero or more literal dots", where "any text" ({@code .*}) was almost
 * always meant. The official converter escapes every dot of a value and of a user's regex, turning
 * {@code .*} into {@code \.*} (712 of its outputs, reference peer-outputs.md §2 and §6).
 */
final class EscapedDotStar extends CseCheck.Base {
  EscapedDotStar() {
    super("cse-escaped-dot-star", Severity.WARNING, "'\\.*' (any number of dots) where '.*' was meant");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr e : nodes) {
      if (e instanceof Expr.RegexLit r && hasEscapedDotStar(r.pattern())) {
        out.report(r.span(), "'\\.*' matches any number of literal dots, not any text; write '.*' for any text");
      }
    }
  }

  private static boolean hasEscapedDotStar(String pattern) {
    for (int i = 0; i + 1 < pattern.length(); i++) {
      if (pattern.charAt(i) == '\\') {
        if (pattern.startsWith(".*", i + 1)) {
          return true;
        }
        i++; // an escaped character, such as the second backslash of '\\'
      }
    }
    return false;
  }
}
