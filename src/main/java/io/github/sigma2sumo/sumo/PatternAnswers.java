package io.github.sigma2sumo.sumo;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A check's answers about regex patterns, kept for the patterns it meets again: compiled output
 * repeats many (the compiler checks each regex it writes and the self-check lints it again; a
 * Terraform pack does both for two targets). What is kept is bounded by the patterns' total
 * length; past the bound, answers are worked out and not kept. An answer must depend on the
 * pattern alone. Safe for use by several threads.
 */
public final class PatternAnswers {
  private final Map<String, Optional<String>> answers = new ConcurrentHashMap<>();
  private final AtomicLong keptChars = new AtomicLong();
  private final long mostChars;
  private final Function<String, Optional<String>> question;

  /** Answers of {@code question}, keeping patterns of at most {@code mostChars} characters in all. */
  public PatternAnswers(long mostChars, Function<String, Optional<String>> question) {
    this.mostChars = mostChars;
    this.question = question;
  }

  /** The answer for {@code pattern}: the one kept, or worked out now (and kept while there is room). */
  public Optional<String> of(String pattern) {
    Optional<String> known = answers.get(pattern);
    if (known != null) {
      return known;
    }
    Optional<String> answer = question.apply(pattern);
    if (keptChars.addAndGet(pattern.length()) <= mostChars) {
      answers.putIfAbsent(pattern, answer);
    }
    return answer;
  }
}
