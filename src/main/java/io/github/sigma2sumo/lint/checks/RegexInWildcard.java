package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.emit.SumoSyntax;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import java.util.regex.Pattern;

/**
 * {@code x matches ".*(a|b).*"}: a quoted {@code matches} pattern is a wildcard pattern in which
 * only {@code *} is special, so regex syntax there is matched literally and the test never holds.
 * A pattern such as {@code "*google.*"} (a literal dot, then any text) is a fine wildcard and is
 * left alone; only constructs that make no sense as literal text count. A backslash class such as
 * {@code \d} counts only when no letter follows, since {@code C:\Windows\*} is a path, not
 * {@code \W}. The fix writes the same regex as a literal {@code /.../}. Docs:
 * search-operators/matches.md.
 */
public final class RegexInWildcard extends AbstractCheck {
  /**
   * A character class with a quantifier that reads as a regex: negated ({@code [^"]*}), with a range
   * ({@code [a-z0-9]+}) or an escape ({@code [\w.]+}). Bracketed log text such as
   * {@code "*reason [shutdown initiated]*"} is not one.
   */
  private static final String CHAR_CLASS = "\\[(\\^|[^\\]\\s]*(\\w-\\w|\\\\[dwsDWS]))[^\\]]*][+*]";

  /** Constructs that mean something in a regex and are implausible as literal text of a pattern. */
  private static final Pattern REGEX_SYNTAX =
      Pattern.compile("^\\.\\*|^\\^|\\.\\+|\\(\\?|\\\\[dwsDWSb](?![A-Za-z])|\\\\\\.|\\([^()]*\\|[^()]*\\)|" + CHAR_CLASS);

  /**
   * True when a quoted pattern holds what this check takes for regex syntax: a compiler that means
   * such text literally writes a regex literal instead, so that its output lints clean.
   */
  public static boolean looksLikeRegex(String pattern) {
    return REGEX_SYNTAX.matcher(pattern).find();
  }

  public RegexInWildcard() {
    super("regex-in-wildcard", Severity.ERROR, "regex syntax inside a quoted (wildcard) matches pattern");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr e : walk.expressions()) {
      if (e instanceof Expr.Matches m && m.pattern() instanceof Expr.StringLit s && !s.value().contains("{{")
          && looksLikeRegex(s.value())) {
        String regex = s.value().replace("\n", "\\n");
        out.report(s.span(), "this quoted pattern is a wildcard pattern where only '*' is special; "
            + "the regex syntax in it is matched literally",
            SumoSyntax.isWritableRegex(regex) ? Fix.replaceWith("use a regex literal", SumoSyntax.regex(regex))
                : Fix.describe("write the pattern as a regex literal /.../"));
      }
    }
  }
}
