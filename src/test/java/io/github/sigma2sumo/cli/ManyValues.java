package io.github.sigma2sumo.cli;

import java.util.function.IntFunction;

/** A Sigma rule whose one selection lists many values: input past the sizes the targets take. */
final class ManyValues {
  private ManyValues() {}

  /** {@code title}, {@code logsource} (a YAML flow map) and {@code count} values of {@code field} (with modifiers). */
  static String rule(String title, String logsource, String field, int count, IntFunction<String> value) {
    StringBuilder rule = new StringBuilder("title: " + title + "\nlogsource: " + logsource
        + "\ndetection:\n    selection:\n        " + field + ":\n");
    for (int i = 0; i < count; i++) {
      rule.append("            - '").append(value.apply(i)).append("'\n");
    }
    return rule.append("    condition: selection\n").toString();
  }
}
