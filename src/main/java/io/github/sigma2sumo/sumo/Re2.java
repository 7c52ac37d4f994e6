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

  /** From this length on, syntax is checked with Java's regex parser (see {@link #problem}). */
  private static final int LONG = 4000;

  /** Answers given; 14,000 questions about 4,000 patterns in a Terraform pack of the SigmaHQ corpus. */
  private static final PatternAnswers ANSWERS = new PatternAnswers(8_000_000, Re2::answer);

  private Re2() {}

  /** Why RE2 rejects {@code pattern}, if it does. */
  public static Optional<String> problem(String pattern) {
    return ANSWERS.of(pattern);
  }

  private static Optional<String> answer(String pattern) {
    Optional<String> unsupported = unsupportedFeature(pattern);
    if (unsupported.isPresent()) {
      return unsupported;
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

  /**
   * Look-around, back-references and possessive quantifiers, found in one pass that knows escapes
   * and character classes ({@code [*+]} and {@code \\(?=} are plain characters).
   */
  static Optional<String> unsupportedFeature(String pattern) {
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
        if (!inClass && (next >= '1' && next <= '9' || next == 'k' && i + 2 < pattern.length()
            && pattern.charAt(i + 2) == '<')) {
          return Optional.of("RE2 does not support back-references (\\1, \\k<name>)");
        }
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // a ']' right after '[' or '[^' is a member, not the end
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(' && pattern.startsWith("?", i + 1) && (pattern.startsWith("=", i + 2)
          || pattern.startsWith("!", i + 2) || pattern.startsWith("<=", i + 2) || pattern.startsWith("<!", i + 2))) {
        return Optional.of("RE2 does not support look-around ((?=...), (?!...), (?<=...), (?<!...))");
      } else if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < pattern.length()
          && pattern.charAt(i + 1) == '+' && !(c == '?' && i > 0 && pattern.charAt(i - 1) == '(')) {
        return Optional.of("RE2 does not support possessive quantifiers (*+, ++, ?+)");
      }
    }
    return Optional.empty();
  }
}
