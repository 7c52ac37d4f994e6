package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseCheck;
import io.github.sigma2sumo.lint.Reporter;
import java.util.List;

/**
 * {@code \%} or {@code \_} in a {@code LIKE} pattern whose other backslashes are path separators:
 * {@code file_path LIKE '%\Windows Defender\DataCollection\%'}. LIKE's escape character is
 * {@code \} (docs/cse/rules/cse-rules-syntax.md "like": {@code '\%SystemDrive\%\\Users%'} matches
 * {@code %SystemDrive%\Users\John}), so {@code \%} is a literal percent sign and the pattern wants
 * text ending in {@code %}, where a backslash and then any text was meant. A pattern that writes
 * its other backslashes doubled, as the docs' example does, means the escape and is left alone.
 * Only with the default escape: an {@code ESCAPE} clause names another character.
 */
final class LikeEscapedWildcard extends CseCheck.Base {
  LikeEscapedWildcard() {
    super("cse-like-escaped-wildcard", Severity.WARNING,
        "'\\%' or '\\_' in a LIKE pattern whose other backslashes are path separators");
  }

  @Override
  public void check(CseRule rule, List<Expr> nodes, Reporter out) {
    for (Expr e : nodes) {
      if (e instanceof Expr.Like like && like.escape().isEmpty() && like.pattern() instanceof Expr.StringLit p) {
        check(p, out);
      }
    }
  }

  private static void check(Expr.StringLit literal, Reporter out) {
    String v = literal.value();
    boolean separators = false;
    StringBuilder meant = new StringBuilder();
    String escaped = null;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      char next = i + 1 < v.length() ? v.charAt(i + 1) : 0;
      if (c == '\\' && (next == '%' || next == '_')) {
        escaped = escaped == null ? "\\" + next : escaped;
        meant.append("\\\\").append(next);
        i++;
      } else if (c == '\\' && next == '\\') {
        meant.append("\\\\");
        i++;
      } else {
        separators |= c == '\\' && next != 0;
        meant.append(c);
      }
    }
    if (separators && escaped != null) {
      out.report(literal.span(), "'" + escaped + "' is an escaped " + (escaped.endsWith("%") ? "percent sign" : "underscore")
          + " (LIKE's escape character is \\), so it matches that character itself, not a backslash and then "
          + (escaped.endsWith("%") ? "any text" : "any one character") + "; the pattern's other backslashes are "
          + "path separators, so write '\\\\" + escaped.charAt(1) + "'",
          Fix.replaceWith("double the backslash", "'" + meant + "'"));
    }
  }
}
