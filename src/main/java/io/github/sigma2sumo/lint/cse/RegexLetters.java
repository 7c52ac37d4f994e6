package io.github.sigma2sumo.lint.cse;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the case of the text decides what an RE2 regex matches: some letter is matched as
 * itself (also written {@code \x41} or quoted in {@code \Q...\E}), outside escapes ({@code \s},
 * {@code \p{Greek}}), group syntax ({@code (?s:}, {@code (?P<name>}), repetitions ({@code {2,8}})
 * and character classes that hold both cases of it ({@code [a-fA-F]}). Syntax:
 * github.com/google/re2/wiki/Syntax.
 */
final class RegexLetters {
  private RegexLetters() {}

  private static final Pattern REPETITION = Pattern.compile("\\{\\d+(?:,\\d*)?}");

  static boolean caseMatters(String regex) {
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        int end = afterEscape(regex, i);
        if (escapeCaseMatters(regex.substring(i, end))) {
          return true;
        }
        i = end;
      } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
        i = afterGroupSyntax(regex, i + 2);
      } else if (c == '[') {
        int end = classEnd(regex, i);
        if (classCaseMatters(regex.substring(i + 1, end))) {
          return true;
        }
        i = end + 1;
      } else if (c == '{' && REPETITION.matcher(regex).region(i, regex.length()).lookingAt()) {
        i = regex.indexOf('}', i) + 1;
      } else if (hasOtherCase(c)) {
        return true;
      } else {
        i++;
      }
    }
    return false;
  }

  /** An escape as written ({@code \s}, {@code \x41}, {@code \Q...\E}): true when it stands for a letter. */
  private static boolean escapeCaseMatters(String escape) {
    if (escape.startsWith("\\Q")) {
      String quoted = escape.endsWith("\\E") ? escape.substring(2, escape.length() - 2) : escape.substring(2);
      return quoted.chars().anyMatch(ch -> hasOtherCase((char) ch));
    }
    if (!escape.startsWith("\\x")) {
      return false; // \s \d \w \b \. \\ \p{..}: none is a letter matched as itself
    }
    String hex = escape.substring(2).replace("{", "").replace("}", "");
    try {
      int code = Integer.parseInt(hex, 16);
      return code <= Character.MAX_VALUE && hasOtherCase((char) code);
    } catch (NumberFormatException ex) {
      return false;
    }
  }

  /**
   * The end of the escape at {@code at}: {@code \s}, {@code \x41}, {@code \x{263a}},
   * {@code \p{Greek}}, {@code \pL}, {@code \Q...\E}.
   */
  private static int afterEscape(String regex, int at) {
    if (at + 1 >= regex.length()) {
      return regex.length();
    }
    char e = regex.charAt(at + 1);
    if ((e == 'x' || e == 'p' || e == 'P') && at + 2 < regex.length() && regex.charAt(at + 2) == '{') {
      int close = regex.indexOf('}', at + 2);
      return close < 0 ? regex.length() : close + 1;
    }
    if (e == 'Q') {
      int end = regex.indexOf("\\E", at + 2);
      return end < 0 ? regex.length() : end + 2;
    }
    int length = e == 'x' ? 4 : e == 'p' || e == 'P' ? 3 : 2;
    return Math.min(regex.length(), at + length);
  }

  /** After {@code (?}: flags up to {@code :} or {@code )}, or a group name up to {@code >}. */
  private static int afterGroupSyntax(String regex, int from) {
    int i = from;
    if (i < regex.length() && (regex.charAt(i) == 'P' || regex.charAt(i) == '<')) {
      int close = regex.indexOf('>', i);
      return close < 0 ? regex.length() : close + 1;
    }
    while (i < regex.length() && regex.charAt(i) != ':' && regex.charAt(i) != ')') {
      i++;
    }
    return i + 1;
  }

  /**
   * The index of the {@code ]} that closes the class opened at {@code open} (a leading {@code ]} is
   * literal); the length when none does.
   */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    while (i < regex.length() && regex.charAt(i) != ']') {
      if (regex.charAt(i) == '\\') {
        i += 2;
      } else if (regex.startsWith("[:", i)) {
        int close = regex.indexOf(":]", i);
        i = close < 0 ? regex.length() : close + 2;
      } else {
        i++;
      }
    }
    return Math.min(i, regex.length());
  }

  /** True when the class holds a letter without its other case ({@code [FTd]}), ranges expanded. */
  private static boolean classCaseMatters(String body) {
    Set<Integer> chars = new HashSet<>();
    int i = body.startsWith("^") ? 1 : 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\\') {
        i += 2; // an escape such as \d or \.
        continue;
      }
      if (c == '[' && body.startsWith("[:", i)) {
        int close = body.indexOf(":]", i);
        i = close < 0 ? body.length() : close + 2; // [:alpha:] holds both cases
        continue;
      }
      if (i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) != '\\') {
        for (int x = c; x <= body.charAt(i + 2) && x - c < 1024; x++) {
          chars.add(x);
        }
        i += 3;
      } else {
        chars.add((int) c);
        i++;
      }
    }
    for (int x : chars) {
      char c = (char) x;
      if (hasOtherCase(c) && !(chars.contains((int) Character.toLowerCase(c))
          && chars.contains((int) Character.toUpperCase(c)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOtherCase(char c) {
    return Character.toLowerCase(c) != Character.toUpperCase(c);
  }
}
