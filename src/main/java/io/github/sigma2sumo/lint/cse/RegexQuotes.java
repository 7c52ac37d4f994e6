package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regex whose whole text is a quoted string, <code>/.*"GZipStream".*&#47;</code>: the quotes of a string
 * literal leaked into the regex, which now needs literal {@code "} characters around the word
 * (the official converter's {@code cse_rule} format does this to 3081 of its outputs, reference
 * peer-outputs.md §1).
 */
final class RegexQuotes extends CseCheck.Base {
  private static final Pattern QUOTED = Pattern.compile("(\\.\\*)?\"[^\"]*\"(\\.\\*)?");

  RegexQuotes() {
    super("cse-regex-quotes", Severity.WARNING, "A regex that is a quoted string");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr e : nodes) {
      if (e instanceof Expr.Matches m && m.pattern() instanceof Expr.RegexLit r && QUOTED.matcher(r.pattern()).matches()) {
        out.report(r.span(), "the regex holds the quotes of a string, so it matches only text with '\"' around it; "
            + "drop the quotes");
      }
    }
  }
}
