package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@code parse regex} pattern that RE2 rejects but Java accepts (look-around, back-references,
 * possessive quantifiers): the docs allow "a valid JAVA or RE2 regular expression"
 * (parse-operators/parse-variable-patterns-using-regex.md). Java's engine backtracks, so every
 * match runs under a budget of character reads ({@link #STEPS} per input character, at least
 * {@link #MIN_STEPS}) and inputs longer than {@link #MAX_INPUT} characters are refused; past
 * either, {@link Regex.BudgetExceeded} ends the run with an error instead of hanging it.
 */
final class GuardedJavaRegex implements Regex {
  static final int MAX_INPUT = 1_000_000;
  static final long STEPS = 1_000;
  static final long MIN_STEPS = 1_000_000;

  private final Pattern pattern;
  private final Map<String, Integer> named;

  private GuardedJavaRegex(Pattern pattern, Map<String, Integer> named) {
    this.pattern = pattern;
    this.named = named;
  }

  /**
   * Compiles {@code regex} with Java's engine, its group names renamed as Java needs
   * ({@link RegexGroups#javaPattern}); throws Java's {@code PatternSyntaxException} if Java rejects it.
   */
  static GuardedJavaRegex compile(String regex) {
    RegexGroups groups = RegexGroups.of(regex);
    return new GuardedJavaRegex(Pattern.compile(groups.javaPattern()), groups.named());
  }

  @Override
  public boolean matchesWhole(String value) {
    return matcher(value).matches();
  }

  @Override
  public boolean find(String value) {
    return matcher(value).find();
  }

  @Override
  public Map<String, Integer> namedGroups() {
    return named;
  }

  @Override
  public int groupCount() {
    return pattern.matcher("").groupCount();
  }

  @Override
  public @Nullable String @Nullable [] first(String value) {
    Matcher m = matcher(value);
    return m.find() ? groups(m) : null;
  }

  @Override
  public List<@Nullable String[]> all(String value) {
    List<@Nullable String[]> out = new ArrayList<>();
    Matcher m = matcher(value);
    while (m.find()) {
      out.add(groups(m));
    }
    return out;
  }

  @Override
  public String replaceAll(String value, String replacement) {
    return matcher(value).replaceAll(replacement);
  }

  private Matcher matcher(String value) {
    if (value.length() > MAX_INPUT) {
      throw new Regex.BudgetExceeded("input of " + value.length() + " characters is longer than the "
          + MAX_INPUT + " a backtracking regex is run on");
    }
    long budget = Math.max(MIN_STEPS, STEPS * value.length());
    return pattern.matcher(new Budgeted(value, budget, pattern.pattern()));
  }

  private static @Nullable String[] groups(Matcher m) {
    @Nullable String[] out = new String[m.groupCount() + 1];
    for (int i = 0; i <= m.groupCount(); i++) {
      out[i] = m.group(i);
    }
    return out;
  }

  /** The input, counting reads; Java's matcher reads every character it tries through charAt. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private final String regex;
    private long left;

    Budgeted(String text, long budget, String regex) {
      this.text = text;
      this.left = budget;
      this.regex = regex;
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw new Regex.BudgetExceeded("the regex " + abbreviate(regex)
            + " backtracks too much on this input (Java's engine, as RE2 rejects the pattern)");
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }

    private static String abbreviate(String s) {
      return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
  }
}
