package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Expr;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.source.Span;
import io.github.sigma2sumo.sumo.PatternAnswers;
import io.github.sigma2sumo.sumo.Re2;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Regexes that Sumo cannot run: syntax errors, and the PCRE/Java features RE2 lacks (look-around,
 * back-references, possessive quantifiers) in regex literals ({@code matches /.../},
 * {@code replace(x, /.../, ...)}), which the docs define as RE2. The strings of
 * {@code parse regex}/{@code extract} are Java regexes ("Java or RE2" in the docs; Sumo's own app
 * queries use look-around and unnamed groups there): they must compile as Java regexes and name at
 * least one group. Docs:
 * search-operators/matches.md, parse-operators/parse-variable-patterns-using-regex.md; RE2 syntax:
 * github.com/google/re2/wiki/Syntax (checked with re2j, Google's Java port of RE2).
 */
public final class InvalidRegex extends AbstractCheck {
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?P?<[A-Za-z_][A-Za-z0-9_]*>");
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<[A-Za-z_]\\w*>");
  /**
   * The answer for each extraction pattern met: compiled queries repeat a few hundred of them
   * thousands of times (8,129 parse regexes, 213 distinct, in the SigmaHQ corpus).
   */
  private static final PatternAnswers PARSE_PATTERN_ANSWERS =
      new PatternAnswers(4_000_000, InvalidRegex::parsePatternProblem);

  public InvalidRegex() {
    super("invalid-regex", Severity.ERROR, "regex that is invalid or uses what RE2 does not support");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Expr e : walk.expressions()) {
      if (e instanceof Expr.RegexLit r) {
        Re2.problem(r.pattern()).ifPresent(p -> out.report(r.span(), p));
      }
    }
    for (Stage stage : walk.stages()) {
      if (stage instanceof Stage.ParseRegex parse) {
        for (String pattern : parse.patterns()) {
          checkParsePattern(pattern, parse.span(), out);
        }
      }
    }
  }

  private static void checkParsePattern(String pattern, Span span, Reporter out) {
    if (pattern.contains("{{")) {
      return;
    }
    PARSE_PATTERN_ANSWERS.of(pattern).ifPresent(p -> out.report(span, p));
  }

  private static Optional<String> parsePatternProblem(String pattern) {
    try {
      // Sumo accepts group names that Java does not ((?<src_ip>...)); the names do not matter here.
      Pattern.compile(GROUP_NAME.matcher(pattern).replaceAll("(?:"));
    } catch (java.util.regex.PatternSyntaxException ex) {
      return Optional.of("invalid regex: " + ex.getDescription());
    }
    return NAMED_GROUP.matcher(pattern).find() ? Optional.empty()
        : Optional.of("parse regex needs at least one named group such as (?<name>...)");
  }

}
