package io.github.sigma2sumo.lint;

import io.github.sigma2sumo.lint.checks.CaseSensitiveMatch;
import io.github.sigma2sumo.lint.checks.FieldAfterAggregation;
import io.github.sigma2sumo.lint.checks.ForeignFunction;
import io.github.sigma2sumo.lint.checks.ForeignOperator;
import io.github.sigma2sumo.lint.checks.InvalidRegex;
import io.github.sigma2sumo.lint.checks.MissingSourceField;
import io.github.sigma2sumo.lint.checks.NegationPrecedence;
import io.github.sigma2sumo.lint.checks.OverbroadHostWildcard;
import io.github.sigma2sumo.lint.checks.QueryTooLong;
import io.github.sigma2sumo.lint.checks.QuotedWildcardMetadata;
import io.github.sigma2sumo.lint.checks.RegexInWildcard;
import io.github.sigma2sumo.lint.checks.UnknownFunction;
import io.github.sigma2sumo.lint.checks.UnknownOperator;
import io.github.sigma2sumo.lint.checks.WildcardEquals;
import io.github.sigma2sumo.lint.checks.WrongArity;
import java.util.List;

/** The registry: every check, in one explicit list. */
public final class Checks {
  private Checks() {}

  public static final List<Check> ALL = List.of(
      new ForeignOperator(),
      new UnknownOperator(),
      new ForeignFunction(),
      new UnknownFunction(),
      new WrongArity(),
      new RegexInWildcard(),
      new WildcardEquals(),
      new InvalidRegex(),
      new FieldAfterAggregation(),
      new OverbroadHostWildcard(),
      new CaseSensitiveMatch(),
      new NegationPrecedence(),
      new QuotedWildcardMetadata(),
      new MissingSourceField(),
      new QueryTooLong());
}
