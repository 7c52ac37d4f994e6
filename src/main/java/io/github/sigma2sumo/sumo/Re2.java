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
    try {
      com.google.re2j.Pattern.compile(pattern.replace("(?<", "(?P<"));
      return Optional.empty();
    } catch (PatternSyntaxException ex) {
      return Optional.of("invalid regex: " + ex.getDescription() + (ex.getPattern().isEmpty() ? ""
          : " near '" + ex.getPattern() + "'"));
    }
  }
}
