package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.BinaryOp;
import io.github.sigma2sumo.ast.UnaryOp;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.QueryPrinter;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.source.Span;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Windows paths and executable names compared case-sensitively: {@code Image matches
 * "*powershell.exe*"} misses {@code POWERSHELL.EXE}. {@code matches}, {@code =} and
 * {@code contains} are case-sensitive in Sumo (docs matches.md, where.md, contains.md); Windows
 * file names are not. Fix: compare {@code toLowerCase(field)} with a lower-case value.
 */
public final class CaseSensitiveMatch extends AbstractCheck {
  private static final Pattern WINDOWS_NAME =
      Pattern.compile("(?i)\\.(exe|dll|ps1|bat|cmd|vbs|js|hta|scr|sys|msi)\\b|^[a-z]:\\\\|\\\\windows\\\\");

  public CaseSensitiveMatch() {
    super("case-sensitive-match", Severity.WARNING, "case-sensitive match of a Windows path or executable name");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr e : walk.expressions()) {
      if (e instanceof Expr.Matches m && m.pattern() instanceof Expr.StringLit s) {
        consider(m.subject(), s, m.span(), out, lowered -> new Expr.Matches(lowered, lower(s), m.negated(), m.span()));
      } else if (e instanceof Expr.Binary b && (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE)
          && b.right() instanceof Expr.StringLit s) {
        consider(b.left(), s, b.span(), out, lowered -> new Expr.Binary(b.op(), lowered, lower(s), b.span()));
      } else if (e instanceof Expr.Contains c && c.needle() instanceof Expr.StringLit s) {
        consider(c.subject(), s, c.span(), out, lowered -> new Expr.Contains(lowered, lower(s), c.negated(), c.span()));
      }
    }
  }

  private static void consider(Expr subject, Expr.StringLit value, Span span, Reporter out,
      java.util.function.Function<Expr, Expr> rewrite) {
    if (isCaseFolded(subject) || !WINDOWS_NAME.matcher(value.value()).find() || value.value().contains("{{")) {
      return;
    }
    // `!Image matches "..."` means !(Image matches "..."): fold the field and keep the negation outside
    boolean negated = subject instanceof Expr.Unary u && u.op() == UnaryOp.NOT;
    Expr field = negated ? ((Expr.Unary) subject).operand() : subject;
    Expr lowered = rewrite.apply(new Expr.Call("toLowerCase", java.util.List.of(field), field.span()));
    Expr fixed = negated ? new Expr.Unary(UnaryOp.NOT, lowered, span) : lowered;
    out.report(span, "Windows names vary in case; this comparison with \"" + value.value()
        + "\" is case-sensitive and misses other spellings",
        Fix.replaceWith("compare lower case", QueryPrinter.print(fixed)));
  }

  private static boolean isCaseFolded(Expr subject) {
    return subject instanceof Expr.Call c
        && (c.name().equalsIgnoreCase("toLowerCase") || c.name().equalsIgnoreCase("toUpperCase"));
  }

  private static Expr.StringLit lower(Expr.StringLit s) {
    return new Expr.StringLit(s.value().toLowerCase(Locale.ROOT), s.span());
  }
}
