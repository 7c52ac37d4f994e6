package io.github.sigma2sumo.run.cse;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Optional;

/**
 * The regex of {@code matches /regex/}: RE2 syntax (docs/cse/rules/cse-rules-syntax.md "matches":
 * "an RE2 compliant regex"), run with re2j, whose time is linear in the value. Case-sensitive
 * unless the regex says {@code (?i)}.
 *
 * <p>Whether the regex must match the whole value or only a part of it the docs do not say. Sumo's
 * built-in rules settle it: {@code lower(commandLine) matches /(kubectl)/} and {@code matches
 * /(auth can-i|get all|get namespaces)/} (SumoLogic/cloud-siem-content-catalog, audit/rules.json,
 * AGGREGATION-S00004) only make sense if a match anywhere in the value counts, so it does: the
 * regex is searched for, as with {@code RLIKE}, which the page calls its equivalent. Regexes made
 * of literal alternatives only are searched by {@link Re2Shortcut}, with the same answers.
 */
final class Re2Regex {

  /** Longer regexes are refused: re2j's compiler takes time quadratic in the length (about 1 s for the 241,000
   * characters of the longest regex of the compiled SigmaHQ corpus). */
  static final int MAX_LENGTH = 300_000;

  private final Pattern pattern;
  private final Optional<Re2Shortcut> shortcut;
  /** What re2j runs when the shortcut cannot decide: its uncertain alternatives, or the whole regex. */
  private final Pattern remainder;

  private Re2Regex(Pattern pattern, Optional<Re2Shortcut> shortcut, Pattern remainder) {
    this.pattern = pattern;
    this.shortcut = shortcut;
    this.remainder = remainder;
  }

  /** The compiled regex, or why RE2 refuses it (appended to {@code why}). */
  static Optional<Re2Regex> compile(String regex, String flags, StringBuilder why) {
    if (regex.length() > MAX_LENGTH) {
      why.append("the regex is ").append(regex.length()).append(" characters long; the limit here is ")
          .append(MAX_LENGTH);
      return Optional.empty();
    }
    String withFlags = flags.isEmpty() ? regex : "(?" + flags + ")" + regex;
    try {
      Pattern compiled = Pattern.compile(namedGroups(withFlags));
      Optional<Re2Shortcut> shortcut = Re2Shortcut.of(withFlags);
      Pattern remainder = shortcut.flatMap(Re2Shortcut::uncertainRegex).map(Pattern::compile).orElse(compiled);
      return Optional.of(new Re2Regex(compiled, shortcut, remainder));
    } catch (PatternSyntaxException e) {
      why.append("RE2 refuses the regex: ").append(e.getDescription());
      if (!e.getPattern().isEmpty()) {
        why.append(" near '").append(e.getPattern()).append('\'');
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      why.append("RE2 refuses the regex: ").append(e.getMessage());
      return Optional.empty();
    }
  }

  /** RE2 takes {@code (?<name>...)} as well as {@code (?P<name>...)}; re2j only the latter. */
  private static String namedGroups(String regex) {
    if (!regex.contains("(?<")) {
      return regex;
    }
    StringBuilder out = new StringBuilder(regex.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
        continue;
      }
      if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(' && regex.startsWith("?<", i + 1) && i + 3 < regex.length()
          && Character.isLetter(regex.charAt(i + 3))) {
        out.append("(?P<");
        i += 2;
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  boolean find(String value) {
    if (shortcut.isPresent()) {
      int decided = shortcut.get().decide(value);
      if (decided != Re2Shortcut.UNKNOWN) {
        return decided == 1;
      }
      return remainder.matcher(value).find();
    }
    return pattern.matcher(value).find();
  }

  /** Whether the search takes the {@link Re2Shortcut}; for tests. */
  boolean isShortcut() {
    return shortcut.isPresent();
  }

  /** re2j's own answer, whatever the shortcut; for tests. */
  boolean findWithRe2j(String value) {
    return pattern.matcher(value).find();
  }
}
