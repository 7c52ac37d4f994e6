package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.ScopeExpr;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.QueryPrinter;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;

/**
 * {@code _sourceCategory="*sysmon*"}: for built-in metadata "quotes and wildcards cannot be used
 * together" (docs search-basics/built-in-metadata.md). The fix drops the quotes when the value
 * can stand bare.
 */
public final class QuotedWildcardMetadata extends AbstractCheck {
  public QuotedWildcardMetadata() {
    super("quoted-wildcard-metadata", Severity.ERROR, "metadata value both quoted and wildcarded");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (ScopeExpr node : walk.scopeNodes()) {
      if (node instanceof ScopeExpr.Field f && f.name().startsWith("_") && f.value().quoted()
          && f.value().text().indexOf('*') >= 0 && !f.value().text().contains("{{")) {
        String text = f.value().text();
        String message = "'" + f.name() + "' is built-in metadata: a quoted value with '*' is not a wildcard match";
        if (SumoSyntax.isBareTerm(text)) {
          out.report(f.value().span(), message, Fix.certain("drop the quotes",
              QueryPrinter.print(new ScopeExpr.Term(text, false, f.value().span()))));
        } else {
          out.report(f.value().span(), message);
        }
      }
    }
  }
}
