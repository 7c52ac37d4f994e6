package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.lint.Check;
import io.github.sigma2sumo.lint.CheckInfo;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code host matches "*t.co*"} matches {@code microsoft.com}; {@code "*box.com*"} matches
 * {@code dropbox.com} and {@code xbox.com}. A domain needs anchoring at a label boundary: the
 * value is the domain or ends in {@code .domain}. The fix is a case-insensitive regex that says so.
 */
public final class OverbroadHostWildcard implements Check {
  private static final CheckInfo INFO = new CheckInfo("overbroad-host-wildcard", Severity.WARNING,
      "domain wildcard that also matches other domains (*t.co* matches microsoft.com)");

  private static final Pattern DOMAIN =
      Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}");

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void check(Query query, Reporter out) {
    for (Expr e : QueryWalk.of(query).expressions()) {
      if (e instanceof Expr.Matches m && m.pattern() instanceof Expr.StringLit s) {
        String value = s.value();
        if (!value.startsWith("*") || value.length() < 2) {
          continue;
        }
        String domain = value.substring(1, value.endsWith("*") ? value.length() - 1 : value.length());
        if (!DOMAIN.matcher(domain).matches() || domain.toLowerCase(Locale.ROOT).endsWith(".exe")) {
          continue;
        }
        String escaped = domain.toLowerCase(Locale.ROOT).replace(".", "\\.");
        String anchored = value.endsWith("*") ? "(?i)(^|\\.)" + escaped + "(:\\d+)?([/?]|$)" : "(?i)(^|\\.)" + escaped + "$";
        out.report(s.span(), "\"" + value + "\" also matches hosts that merely contain '" + domain
            + "' (such as 'x" + domain + "'); anchor it at a label boundary",
            Fix.replaceWith("match the domain and its subdomains only", SumoSyntax.regex(anchored)));
      }
    }
  }
}
