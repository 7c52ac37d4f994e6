package io.github.sigma2sumo.run.sumo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capturing groups of a regex, read from its text: named ones ({@code (?<name>...)} and RE2's
 * {@code (?P<name>...)}) by name and number, and how many are unnamed. Escapes, {@code \Q...\E}
 * and character classes are skipped, so {@code \(} and {@code [(]} open no group.
 *
 * <p>{@code javaPattern} is the regex with every group name replaced by {@code g1}, {@code g2}...
 * in order (back-references {@code \k<name>} too): Java's engine takes only letters and digits in
 * a group name, while Sumo's names have underscores ({@code (?<keys_to_save>...)}).
 */
record RegexGroups(Map<String, Integer> named, int unnamed, String javaPattern) {

  static RegexGroups of(String regex) {
    Map<String, Integer> named = new LinkedHashMap<>();
    Map<String, String> javaNames = new LinkedHashMap<>();
    StringBuilder java = new StringBuilder(regex.length());
    int unnamed = 0;
    int number = 0;
    int classDepth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (regex.startsWith("Q", i + 1)) {
          int end = regex.indexOf("\\E", i + 2);
          int stop = end < 0 ? regex.length() : end + 2;
          java.append(regex, i, stop);
          i = stop - 1;
        } else if (regex.startsWith("k<", i + 1) && regex.indexOf('>', i + 3) > 0 && classDepth == 0) {
          int close = regex.indexOf('>', i + 3);
          String name = regex.substring(i + 3, close);
          java.append("\\k<").append(javaNames.getOrDefault(name, name)).append('>');
          i = close;
        } else {
          java.append(regex, i, Math.min(regex.length(), i + 2));
          i++;
        }
        continue;
      }
      if (classDepth > 0) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']') {
          classDepth--;
        }
        java.append(c);
        continue;
      }
      if (c == '[') {
        classDepth = 1;
        java.append(c);
        // a ']' first in the class (after an optional '^') is a member
        if (regex.startsWith("^", i + 1)) {
          java.append('^');
          i++;
        }
        if (regex.startsWith("]", i + 1)) {
          java.append(']');
          i++;
        }
        continue;
      }
      if (c == '(' && !regex.startsWith("?", i + 1)) {
        number++;
        unnamed++;
      } else if (c == '(') {
        int nameStart = regex.startsWith("?<", i + 1) ? i + 3 : regex.startsWith("?P<", i + 1) ? i + 4 : -1;
        int close = nameStart > 0 ? regex.indexOf('>', nameStart) : -1;
        if (close > nameStart && regex.charAt(nameStart) != '=' && regex.charAt(nameStart) != '!') {
          number++;
          String name = regex.substring(nameStart, close);
          named.putIfAbsent(name, number);
          javaNames.putIfAbsent(name, "g" + number);
          java.append("(?<g").append(number).append('>');
          i = close;
          continue;
        }
      }
      java.append(c);
    }
    return new RegexGroups(Collections.unmodifiableMap(named), unnamed, java.toString());
  }
}
