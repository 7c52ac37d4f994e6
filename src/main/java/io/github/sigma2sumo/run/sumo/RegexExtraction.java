package io.github.sigma2sumo.run.sumo;

import org.jspecify.annotations.Nullable;

/**
 * {@code parse regex} / {@code extract}: the named groups of the leftmost match, in the order the
 * groups open; a group that took no part in the match is null (docs
 * parse-operators/parse-variable-patterns-using-regex.md: "Each expression always starts matching
 * from the beginning of the message string"). A text without one of the regex's
 * {@link RequiredLiterals} is no match without running the regex.
 */
final class RegexExtraction implements Extraction {
  private final Regex regex;
  private final int[] groups;
  private final Key key;
  private final String[] required;

  private record Key(String pattern) {}

  RegexExtraction(String pattern, Regex regex, int[] groups) {
    this.regex = regex;
    this.groups = groups;
    this.key = new Key(pattern);
    this.required = RequiredLiterals.of(pattern).toArray(String[]::new);
  }

  @Override
  public Value @Nullable [] extract(String input) {
    for (String r : required) {
      if (input.indexOf(r) < 0) {
        return null;
      }
    }
    @Nullable String[] match = regex.first(input);
    if (match == null) {
      return null;
    }
    Value[] out = new Value[groups.length];
    for (int i = 0; i < groups.length; i++) {
      String g = match[groups[i]];
      out[i] = g == null ? Value.NULL : Value.of(g);
    }
    return out;
  }

  @Override
  public Object key() {
    return key;
  }
}
