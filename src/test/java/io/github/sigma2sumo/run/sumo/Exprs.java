package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluates one expression on a message whose metadata gives the fields {@code s="abc"},
 * {@code n="42"}, {@code f="2.5"}, {@code e=""}, {@code b=" "}, {@code u="Ünïcode"}, {@code ip="10.1.2.3"};
 * {@code missing} is defined nowhere.
 */
final class Exprs {
  private Exprs() {}

  static final LogMessage MESSAGE = Runs.message("raw text", "s", "abc", "n", "42", "f", "2.5", "e", "",
      "b", " ", "u", "Ünïcode", "ip", "10.1.2.3");

  /** The value's text, "null" for null. */
  static String eval(String expression) {
    Output out = Runs.run("* | " + expression + " as result", MESSAGE);
    assertThat(out.rows()).hasSize(1);
    Value v = out.rows().get(0).get("result").orElseThrow();
    return v.isNull() ? "null" : v.text();
  }

  /** Whether {@code where condition} keeps the message. */
  static boolean where(String condition) {
    return Runs.run("* | where " + condition, MESSAGE).fired();
  }
}
