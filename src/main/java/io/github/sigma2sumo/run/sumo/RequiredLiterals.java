package io.github.sigma2sumo.run.sumo;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal texts every match of a regex contains, read from the regex's top level: runs of plain or
 * escaped characters outside groups and classes, in a regex without a top-level {@code |} or flags.
 * A text that lacks one of them cannot match, which a parse regex learns from {@code indexOf}
 * instead of running the regex: {@code <Data Name=["']Image["']>(?<Image>[^<]*)</Data>} needs
 * {@code Image}, absent from most events. A character made optional by a following question mark, star or brace is left out;
 * anything the reading does not understand yields no literal at all.
 */
final class RequiredLiterals {
  private static final int MIN_LENGTH = 3;

  private RequiredLiterals() {}

  static List<String> of(String regex) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '[') {
        flush(run, out);
        int end = classEnd(regex, i);
        if (end < 0) {
          return List.of();
        }
        i = end + 1;
        continue;
      }
      if (c == '(') {
        if (regex.startsWith("(?", i) && !regex.startsWith("(?:", i) && !regex.startsWith("(?<", i)
            && !regex.startsWith("(?P<", i)) {
          return List.of(); // flags or look-around change what the literals mean
        }
        flush(run, out);
        depth++;
        i++;
        continue;
      }
      if (c == ')') {
        depth--;
        i++;
        continue;
      }
      if (depth > 0) {
        if (c == '\\') {
          i++;
        }
        i++;
        continue;
      }
      if (c == '|') {
        return List.of();
      }
      char literal;
      int width;
      if (c == '\\') {
        if (i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
          flush(run, out);
          i += 2;
          continue;
        }
        literal = regex.charAt(i + 1);
        width = 2;
      } else if (c == '{') {
        flush(run, out);
        int close = regex.indexOf('}', i);
        i = close < 0 ? regex.length() : close + 1;
        continue;
      } else if (".^$*+?}".indexOf(c) >= 0) {
        flush(run, out);
        i++;
        continue;
      } else {
        literal = c;
        width = 1;
      }
      int next = i + width;
      char after = next < regex.length() ? regex.charAt(next) : 0;
      if (after == '?' || after == '*' || after == '{') {
        flush(run, out);
      } else if (after == '+') {
        run.append(literal);
        flush(run, out);
      } else {
        run.append(literal);
      }
      i = next;
    }
    flush(run, out);
    return out;
  }

  private static void flush(StringBuilder run, List<String> out) {
    if (run.length() >= MIN_LENGTH) {
      out.add(run.toString());
    }
    run.setLength(0);
  }

  /** The index of the ']' closing the class opened at {@code open}, or -1. */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[' && regex.startsWith("[:", i)) {
        int close = regex.indexOf(":]", i + 2);
        if (close < 0) {
          return -1;
        }
        i = close + 1;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }
}
