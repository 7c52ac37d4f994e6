package io.github.sigma2sumo.run.sumo;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compiled regular expression, with RE2 semantics ({@link Re2Regex}) or, for {@code parse regex}
 * patterns that only Java's engine accepts, Java's under a step budget ({@link GuardedJavaRegex}).
 */
interface Regex {

  /** Whether the regex matches the whole value. */
  boolean matchesWhole(String value);

  /** Whether the regex matches somewhere in the value. */
  boolean find(String value);

  /** Named groups by name, in the order the groups open. */
  Map<String, Integer> namedGroups();

  int groupCount();

  /** The groups' values of the leftmost match (null for a group that took no part), or null. */
  @Nullable String @Nullable [] first(String value);

  /** The groups' values of each match, leftmost first, matches not overlapping. */
  List<@Nullable String[]> all(String value);

  /** Every match replaced by {@code replacement}, where {@code $1} and {@code ${name}} insert groups. */
  String replaceAll(String value, String replacement);

  /** Thrown when Java's engine uses up its step budget on one input (a catastrophic pattern). */
  final class BudgetExceeded extends RunLimitExceeded {
    private static final long serialVersionUID = 1L;

    BudgetExceeded(String message) {
      super(message);
    }
  }
}
