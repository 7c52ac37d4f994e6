package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.source.Span;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regex of {@code RLIKE} and {@code anyHttpHeaderMatches}: a Java regular expression
 * (docs/cse/rules/cse-rules-syntax.md "rlike": "regexp is a Java regular expression"), searched for
 * anywhere in the value: the page's own example {@code dns_query rlike '[A-Za-z2-7]{60,}'} and
 * built-in rules such as {@code rlike '(?i)\.(jpg|png)'} only make sense that way. Case-sensitive
 * unless the regex says {@code (?i)}.
 *
 * <p>Java's engine backtracks, so a hostile regex or value could run for ages: every search gets a
 * budget of character reads ({@value #BASE_BUDGET} plus {@value #BUDGET_PER_CHAR} per character of
 * the value) and a search that exceeds it, or overflows the stack, fails the record with a message
 * instead of answering.
 */
final class JavaRegex {

  static final int BASE_BUDGET = 2_000_000;
  static final int BUDGET_PER_CHAR = 200;

  private final Pattern pattern;

  private JavaRegex(Pattern pattern) {
    this.pattern = pattern;
  }

  static Optional<JavaRegex> compile(String regex, StringBuilder why) {
    if (regex.length() > Re2Regex.MAX_LENGTH) {
      why.append("the regex is ").append(regex.length()).append(" characters long; the limit here is ")
          .append(Re2Regex.MAX_LENGTH);
      return Optional.empty();
    }
    try {
      return Optional.of(new JavaRegex(Pattern.compile(regex)));
    } catch (PatternSyntaxException e) {
      why.append("Java refuses the regex: ").append(e.getDescription()).append(" near index ").append(e.getIndex());
      return Optional.empty();
    } catch (StackOverflowError e) {
      why.append("Java refuses the regex: it nests too deeply");
      return Optional.empty();
    }
  }

  boolean find(String value, Span span) {
    Budgeted text = new Budgeted(value, BASE_BUDGET + (long) BUDGET_PER_CHAR * value.length());
    try {
      return pattern.matcher(text).find();
    } catch (Budgeted.Exhausted e) {
      throw new EvaluationError(span, "the Java regex gave up on a value of " + value.length()
          + " characters: it backtracks too much on it (more than " + text.budget + " steps)");
    } catch (StackOverflowError e) {
      throw new EvaluationError(span, "the Java regex gave up on a value of " + value.length()
          + " characters: its repetitions nest too deeply for the stack");
    }
  }

  /** A string that counts its character reads and stops the search past a budget. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private final long budget;
    private long reads;

    Budgeted(String text, long budget) {
      this.text = text;
      this.budget = budget;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (++reads > budget) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }

    private static final class Exhausted extends RuntimeException {
      Exhausted() {
        super(null, null, false, false);
      }
    }
  }
}
