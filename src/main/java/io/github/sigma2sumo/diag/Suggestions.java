package io.github.sigma2sumo.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" by edit distance, for unknown operator and function names. */
public final class Suggestions {
  private Suggestions() {}

  /** The closest candidate within a distance of a third of the word's length (at least 1), if any. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    return closest(word, candidates, Integer.MAX_VALUE);
  }

  /**
   * The closest candidate within a distance of a third of the word's length (at least 1) and at
   * most {@code maxDistance}, if any.
   */
  public static Optional<String> closest(String word, Collection<String> candidates, int maxDistance) {
    String lower = word.toLowerCase(Locale.ROOT);
    int limit = Math.min(maxDistance, Math.max(1, lower.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates.stream().sorted().toList()) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Edits between {@code a} and {@code b}: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1); // "Imgae" is one slip from "Image"
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
