package io.github.sigma2sumo.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escaping table of the Sigma specification (reference sigma.md §2.3), value by value. */
class SigmaStringTest {

  /** raw value | parts: L(...) literal, * any run, ? one character. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "C:\\Windows\\System32\\cmd.exe | L(C:\\Windows\\System32\\cmd.exe)",
      "a\\b | L(a\\b)",
      "a\\\\b | L(a\\b)",
      "a\\\\\\\\b | L(a\\\\b)",
      "C:\\Windows\\* | L(C:\\Windows*)",
      "C:\\Windows\\\\* | L(C:\\Windows\\)*",
      "C:\\Windows\\\\\\* | L(C:\\Windows\\*)",
      "\\\\\\\\* | L(\\\\)*",
      "foo\\? | L(foo?)",
      "trailing\\ | L(trailing\\)",
      "x\\%y | L(x\\%y)",
      "*a?b* | *L(a)?L(b)*",
      "\\\\*\\IPC$ | L(\\)*L(\\IPC$)",
      "\\\\\\\\\\*\\IPC$ | L(\\\\*\\IPC$)",
  })
  void parsesAsTheSpecificationSays(String raw, String expected) {
    assertThat(describe(SigmaString.parse(raw))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"%Servers%\\x | P(Servers)L(\\x)", "a\\%b% | L(a%b%)", "100% | L(100%)"})
  void findsPlaceholders(String raw, String expected) {
    assertThat(describe(SigmaString.parse(raw).withPlaceholders())).isEqualTo(expected);
  }

  private static String describe(SigmaString s) {
    StringBuilder out = new StringBuilder();
    for (SigmaString.Part p : s.parts()) {
      if (p instanceof SigmaString.Part.Literal l) {
        out.append("L(").append(l.text()).append(')');
      } else if (p instanceof SigmaString.Part.AnyRun) {
        out.append('*');
      } else if (p instanceof SigmaString.Part.AnyChar) {
        out.append('?');
      } else if (p instanceof SigmaString.Part.Placeholder ph) {
        out.append("P(").append(ph.name()).append(')');
      }
    }
    return out.toString();
  }
}
