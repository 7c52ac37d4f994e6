package io.github.sigma2sumo.lint.cse;

import io.github.sigma2sumo.lint.CseCheck;
import java.util.List;

/** Every Cloud SIEM expression check, in the order they run. */
public final class CseChecks {
  private CseChecks() {}

  public static final List<CseCheck> ALL = List.of(new UnknownFunction(), new UnknownField(), new WildcardLiteral(),
      new CaseSensitive(), new CseInvalidRegex(), new MixedAndOr(), new HyphenatedField(), new NotBoolean(),
      new RegexQuotes(), new EscapedDotStar(), new LikeEscapedWildcard());
}
