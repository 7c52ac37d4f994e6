package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.event;
import static io.github.sigma2sumo.run.sigma.TestRules.item;
import static io.github.sigma2sumo.run.sigma.TestRules.matches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code fieldref} with its string modifiers, {@code exists} and {@code neq}. */
class FieldrefExistsNeqTest {

  @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "fieldref ~ {\"A\": \"x\", \"B\": \"x\"} ~ true",
      "fieldref ~ {\"A\": \"X\", \"B\": \"x\"} ~ true",
      "fieldref ~ {\"A\": \"x\", \"B\": \"y\"} ~ false",
      "fieldref ~ {\"A\": \"x\"} ~ false",
      "fieldref ~ {\"A\": null, \"B\": null} ~ false",
      "fieldref ~ {\"A\": 10, \"B\": \"10.0\"} ~ true",
      "fieldref ~ {\"A\": \"\", \"B\": \"\"} ~ true",
      "fieldref ~ {\"A\": \"a*\", \"B\": \"a*\"} ~ true",
      "fieldref ~ {\"A\": \"ab\", \"B\": \"a*\"} ~ false",
      "fieldref|startswith ~ {\"A\": \"C:\\\\x\\\\y\", \"B\": \"c:\\\\X\"} ~ true",
      "fieldref|startswith ~ {\"A\": \"C:\\\\x\", \"B\": \"C:\\\\x\\\\y\"} ~ false",
      "fieldref|endswith ~ {\"A\": \"C:\\\\x\\\\y.exe\", \"B\": \"y.exe\"} ~ true",
      "fieldref|endswith ~ {\"A\": \"C:\\\\x\\\\y.exe\", \"B\": \"y.ex\"} ~ false",
      "fieldref|contains ~ {\"A\": \"run x now\", \"B\": \"x\"} ~ true",
      "fieldref|contains ~ {\"A\": \"run y now\", \"B\": \"x\"} ~ false",
      "fieldref|neq ~ {\"A\": \"x\", \"B\": \"y\"} ~ true",
      "fieldref|neq ~ {\"A\": \"x\", \"B\": \"x\"} ~ false",
      "fieldref ~ {\"A\": [\"y\", \"x\"], \"B\": \"x\"} ~ true"})
  void fieldref_comparesTwoFieldsOfTheEvent(String modifiers, String eventJson, boolean expected) {
    assertThat(matches(item("A|" + modifiers, "'B'"), event(eventJson))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void fieldrefCased_comparesCaseSensitively() throws Exception {
    // the loader refuses fieldref|cased; the evaluator reads it as the specification says
    assertThat(TestRules.chainMatches("fieldref|cased", "B", event("{\"F\": \"X\", \"B\": \"x\"}"))).isFalse();
    assertThat(TestRules.chainMatches("fieldref|cased", "B", event("{\"F\": \"x\", \"B\": \"x\"}"))).isTrue();
    assertThat(TestRules.chainMatches("fieldref", "B", event("{\"F\": \"X\", \"B\": \"x\"}"))).isTrue();
  }

  @ParameterizedTest(name = "[{index}] exists {0}: {1} -> {2}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "true ~ {\"A\": \"x\"} ~ true",
      "true ~ {\"A\": \"\"} ~ true",
      "true ~ {\"A\": null} ~ true",
      "true ~ {\"A\": []} ~ true",
      "true ~ {\"B\": \"x\"} ~ false",
      "true ~ {\"a\": \"x\"} ~ false",
      "false ~ {\"B\": \"x\"} ~ true",
      "false ~ {\"A\": null} ~ false",
      "true ~ {\"P\": {\"A\": 1}} ~ false"})
  void exists_looksAtPresenceOnly(String present, String eventJson, boolean expected) {
    assertThat(matches(item("A|exists", present), event(eventJson))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} -> {3}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "neq ~ 'x' ~ {\"A\": \"y\"} ~ true",
      "neq ~ 'x' ~ {\"A\": \"X\"} ~ false",
      "neq ~ 'x' ~ {\"B\": \"y\"} ~ true",
      "neq ~ ['x', 'y'] ~ {\"A\": \"y\"} ~ false",
      "neq ~ ['x', 'y'] ~ {\"A\": \"z\"} ~ true",
      "neq ~ 4688 ~ {\"A\": \"4688\"} ~ false",
      "neq ~ 4688 ~ {\"A\": 4689} ~ true",
      "neq ~ null ~ {\"A\": \"x\"} ~ true",
      "neq ~ null ~ {\"B\": \"x\"} ~ false",
      "contains|neq ~ 'x' ~ {\"A\": \"axb\"} ~ false",
      "contains|neq ~ 'x' ~ {\"A\": \"ab\"} ~ true",
      "contains|all|neq ~ ['a', 'b'] ~ {\"A\": \"a\"} ~ true",
      "contains|all|neq ~ ['a', 'b'] ~ {\"A\": \"ab\"} ~ false"})
  void neq_negatesTheWholeItem(String modifiers, String value, String eventJson, boolean expected) {
    assertThat(matches(item("A|" + modifiers, value), event(eventJson))).isEqualTo(expected);
  }
}
