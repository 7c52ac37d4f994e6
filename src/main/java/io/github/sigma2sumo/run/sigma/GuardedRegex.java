package io.github.sigma2sumo.run.sigma;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code re} value: a regular expression searched for anywhere in a field value (SigmaHQ/
 * sigma-specification, specification/sigma-appendix-modifiers.md, "Regular Expression": PCRE,
 * case-sensitive by default, sub-modifiers {@code i}, {@code m}, {@code s}; unanchored, as the
 * 2.2 draft of the specification says and as backends search).
 *
 * <p>PCRE is stood in for by {@link java.util.regex}, the engine closest to it here (it has
 * look-around and back-references, which RE2 lacks): {@code i} is
 * {@code CASE_INSENSITIVE | UNICODE_CASE}, {@code m} {@code MULTILINE}, {@code s} {@code DOTALL},
 * and {@code UNIX_LINES} always, since PCRE's default newline is {@code \n} alone. Python/PCRE
 * named groups {@code (?P<name>...)} and {@code (?P=name)} are rewritten to Java's spelling.
 * POSIX classes ({@code [[:alpha:]]}), which Java would read as a set of letters, are refused.
 * {@code cased} changes nothing: a regex is case-sensitive unless {@code i}.
 *
 * <p>A backtracking engine can take exponential time ({@code (.*a){25}!}), so each search may
 * read at most {@link #STEP_BUDGET} characters plus {@link #STEPS_PER_CHARACTER} per character
 * of the value (a few hundred milliseconds at most); past that, or when the engine's
 * recursion overflows the stack, the search fails with an {@link EvaluationException} instead
 * of answering.
 */
final class GuardedRegex {

  /** Character reads allowed to one search, besides {@link #STEPS_PER_CHARACTER}. */
  static final long STEP_BUDGET = 10_000_000L;
  static final long STEPS_PER_CHARACTER = 10L;

  private final Pattern pattern;
  private final String source;

  private GuardedRegex(Pattern pattern, String source) {
    this.pattern = pattern;
    this.source = source;
  }

  static GuardedRegex compile(String regex, Set<Character> flags) throws RuleProblem {
    if (regex.contains("[:") && regex.contains(":]")) {
      throw new RuleProblem("the POSIX character class in /" + regex + "/ is not evaluated (Java regex reads it "
          + "as a set of characters)");
    }
    String java = regex.replace("(?P<", "(?<").replaceAll("\\(\\?P=([A-Za-z][A-Za-z0-9]*)\\)", "\\\\k<$1>");
    int bits = Pattern.UNIX_LINES;
    if (flags.contains('i')) {
      bits |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    }
    if (flags.contains('m')) {
      bits |= Pattern.MULTILINE;
    }
    if (flags.contains('s')) {
      bits |= Pattern.DOTALL;
    }
    try {
      return new GuardedRegex(Pattern.compile(java, bits), regex);
    } catch (PatternSyntaxException | StackOverflowError e) {
      String why = e instanceof PatternSyntaxException p ? p.getDescription() + " near index " + p.getIndex()
          : "it nests too deeply";
      throw new RuleProblem("/" + regex + "/ is not a valid regular expression: " + why);
    }
  }

  /** Whether the regex matches somewhere in {@code value}. */
  boolean find(String value) throws EvaluationException {
    Budgeted text = new Budgeted(value);
    try {
      Matcher m = pattern.matcher(text);
      return m.find();
    } catch (BudgetExceeded e) {
      throw new EvaluationException("the regular expression /" + source + "/ took more than " + text.budget
          + " steps on a value of " + value.length() + " characters; not judged");
    } catch (StackOverflowError e) {
      throw new EvaluationException("the regular expression /" + source + "/ overflowed the stack on a value of "
          + value.length() + " characters; not judged");
    }
  }

  @Override
  public String toString() {
    return "/" + source + "/";
  }

  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  /** The value, counting every character the engine reads. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private final long budget;
    private long left;

    Budgeted(String text) {
      this.text = text;
      this.budget = STEP_BUDGET + STEPS_PER_CHARACTER * text.length();
      this.left = budget;
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw new BudgetExceeded();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
