package io.github.sigma2sumo.sumo;

import com.google.re2j.PatternSyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What RE2, the regex engine of Sumo's regex literals ({@code matches /.../}), rejects: syntax
 * errors and the PCRE/Java features it lacks (look-around, back-references, possessive
 * quantifiers). Checked with re2j, Google's Java port of RE2 (github.com/google/re2/wiki/Syntax).
 */
public final class Re2 {
  private static final Pattern LOOKAROUND = Pattern.compile("\\(\\?<?[=!]");
  private static final Pattern BACKREFERENCE = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\[1-9]|\\\\k<");
  private static final Pattern POSSESSIVE = Pattern.compile("(?<!\\\\)[*+?}]\\+");

  /** From this length on, syntax is checked with Java's regex parser (see {@link #problem}). */
  private static final int LONG = 4000;

  private Re2() {}

  /** Why RE2 rejects {@code pattern}, if it does. */
  public static Optional<String> problem(String pattern) {
    if (LOOKAROUND.matcher(pattern).find()) {
      return Optional.of("RE2 does not support look-around ((?=...), (?!...), (?<=...), (?<!...))");
    }
    if (BACKREFERENCE.matcher(pattern).find()) {
      return Optional.of("RE2 does not support back-references (\\1, \\k<name>)");
    }
    if (POSSESSIVE.matcher(pattern).find()) {
      return Optional.of("RE2 does not support possessive quantifiers (*+, ++, ?+)");
    }
    if (pattern.length() > LONG) {
      // re2j's compiler is quadratic in the pattern length (2 s for 270,000 characters); past the
      // features checked above, Java's parser finds the same syntax errors in a few milliseconds
      try {
        Pattern.compile(pattern);
        return Optional.empty();
      } catch (java.util.regex.PatternSyntaxException ex) {
        return Optional.of("invalid regex: " + ex.getDescription() + " near index " + ex.getIndex());
      }
    }
    try {
      com.google.re2j.Pattern.compile(pattern.replace("(?<", "(?P<"));
      return Optional.empty();
    } catch (PatternSyntaxException ex) {
      return Optional.of("invalid regex: " + ex.getDescription() + (ex.getPattern().isEmpty() ? ""
          : " near '" + ex.getPattern() + "'"));
    }
  }
}
