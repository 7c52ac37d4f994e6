package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.sumo.Re2;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regexes that do not compile: a {@code matches /.../} literal is RE2 (no look-around, no
 * back-references), an {@code RLIKE} string is a Java regex (docs/cse/rules/cse-rules-syntax.md,
 * reference sumo-cloud-siem.md §2.3).
 */
final class CseInvalidRegex extends CseCheck.Base {
  CseInvalidRegex() {
    super("cse-invalid-regex", Severity.ERROR, "Regex that does not compile (RE2 for matches, Java for RLIKE)");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr e : nodes) {
      if (e instanceof Expr.Matches m && m.pattern() instanceof Expr.RegexLit r) {
        Re2.problem(r.pattern()).ifPresent(p -> out.report(r.span(), "regex does not compile in RE2: " + p));
      } else if (e instanceof Expr.Rlike rl && rl.pattern() instanceof Expr.StringLit s) {
        try {
          Pattern.compile(s.value());
        } catch (PatternSyntaxException x) {
          out.report(s.span(), "RLIKE regex does not compile: " + x.getDescription()
              + (x.getIndex() >= 0 ? " at character " + (x.getIndex() + 1) : ""));
        }
      }
    }
  }
}
