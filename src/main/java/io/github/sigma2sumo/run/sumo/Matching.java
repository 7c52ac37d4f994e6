package io.github.sigma2sumo.run.sumo;

import com.google.re2j.PatternSyntaxException;
import io.github.sigma2sumo.ast.Expr;
import java.util.Optional;

/**
 * {@code subject [not] matches pattern} (docs search-operators/matches.md): a quoted pattern is a
 * wildcard pattern ({@link Glob#ofMatches}), a {@code /regex/} literal is RE2, and any other
 * expression is evaluated per row and read as a wildcard pattern ({@code host matches
 * instance_match} after {@code concat("*", instance, "*")}, the page's own example). Matching is
 * case-sensitive.
 *
 * <p>Both forms match the <b>whole</b> value. For wildcards every example of the docs implies it
 * ({@code status_code matches "5*"} for a prefix). For regexes the docs are silent: the Cloud SIEM
 * docs give {@code matches /.*bar.*&#47;} as the form of {@code matches "*bar*"}, which holds only
 * for a whole-value match, so that is the reading here; {@code where x matches /fail/} is then
 * true only for the value {@code fail}. A null or missing subject matches nothing, negated or not
 * ({@link Comparisons}); a number is matched by its text. Trailing regex flags
 * ({@code /create/i}) are RE2's {@code i}, {@code m}, {@code s} and {@code U}.
 */
final class Matching {
  private Matching() {}

  static Cond of(Expr.Matches m, ExprCompiler compiler) {
    Eval subject = compiler.eval(m.subject());
    boolean negated = m.negated();
    Expr pattern = m.pattern();
    if (pattern instanceof Expr.StringLit s) {
      Glob glob = Glob.ofMatches(s.value());
      return row -> {
        Value v = subject.eval(row);
        return !v.isNull() && glob.matches(v.text()) != negated;
      };
    }
    if (pattern instanceof Expr.RegexLit r) {
      Optional<Regex> regex = regexLiteral(r, compiler.prep());
      if (regex.isEmpty()) {
        return row -> false;
      }
      Regex re = regex.get();
      return row -> {
        Value v = subject.eval(row);
        return !v.isNull() && re.matchesWhole(v.text()) != negated;
      };
    }
    Eval dynamic = compiler.eval(pattern);
    GlobCache cache = new GlobCache();
    return row -> {
      Value v = subject.eval(row);
      Value p = dynamic.eval(row);
      return !v.isNull() && !p.isNull() && cache.of(p.text()).matches(v.text()) != negated;
    };
  }

  /** A regex literal compiled with RE2, its trailing flags as an inline group; empty after a problem. */
  static Optional<Regex> regexLiteral(Expr.RegexLit r, Prep prep) {
    String flags = r.flags();
    if (!flags.chars().allMatch(c -> "imsU".indexOf(c) >= 0)) {
      prep.invalid("/" + r.pattern() + "/" + flags, "RE2 knows the flags i, m, s and U only, not `" + flags + "`",
          r.span());
      return Optional.empty();
    }
    String text = flags.isEmpty() ? r.pattern() : "(?" + flags + ")" + r.pattern();
    try {
      Re2Regex re2 = Re2Regex.compile(text);
      return Optional.of(LiteralRegex.of(text).<Regex>map(l -> l).orElse(re2));
    } catch (PatternSyntaxException e) {
      prep.invalid("/" + r.pattern() + "/", "RE2 rejects the regex: " + e.getDescription()
          + (e.getPattern().isEmpty() ? "" : ": `" + e.getPattern() + "`"), r.span());
      return Optional.empty();
    }
  }

  /**
   * The wildcard pattern of the last text seen, as rows often repeat a computed pattern; one
   * immutable entry, so that threads running the same query share it safely.
   */
  private static final class GlobCache {
    private record Entry(String text, Glob glob) {}

    private volatile Entry last = new Entry("", Glob.ofMatches(""));

    Glob of(String pattern) {
      Entry e = last;
      if (!e.text().equals(pattern)) {
        e = new Entry(pattern, Glob.ofMatches(pattern));
        last = e;
      }
      return e.glob();
    }
  }
}
