package io.github.sigma2sumo.run.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sigma string escaping as the specification's "Escaping" section and its worked values say. */
class SigmaTextTest {

  /** Parts written out: literal text as is, «*» «?» «-» for wildcards and dash slots, «%name%» for placeholders. */
  static String render(SigmaText t) {
    return t.parts().stream().map(p -> p instanceof SigmaText.Chars c ? c.text()
        : p instanceof SigmaText.AnySequence ? "«*»" : p instanceof SigmaText.AnyChar ? "«?»"
        : p instanceof SigmaText.Dash ? "«-»" : "«%" + ((SigmaText.Placeholder) p).name() + "%»")
        .collect(Collectors.joining());
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("C:\\Windows\\System32\\cmd.exe", false, "C:\\Windows\\System32\\cmd.exe"),
        Arguments.of("a\\b", false, "a\\b"),
        Arguments.of("a\\\\b", false, "a\\b"),
        Arguments.of("a\\\\\\b", false, "a\\\\b"),
        Arguments.of("a\\\\\\\\b", false, "a\\\\b"),
        Arguments.of("C:\\Windows\\*", false, "C:\\Windows*"),
        Arguments.of("C:\\Windows\\\\*", false, "C:\\Windows\\«*»"),
        Arguments.of("C:\\Windows\\\\\\*", false, "C:\\Windows\\*"),
        Arguments.of("\\\\\\\\*", false, "\\\\«*»"),
        Arguments.of("\\\\*\\IPC$", false, "\\«*»\\IPC$"),
        Arguments.of("\\\\\\\\\\*\\IPC$", false, "\\\\*\\IPC$"),
        Arguments.of("foo\\?", false, "foo?"),
        Arguments.of("foo?", false, "foo«?»"),
        Arguments.of("trailing\\", false, "trailing\\"),
        Arguments.of("a*b?c", false, "a«*»b«?»c"),
        Arguments.of("**", false, "«*»«*»"),
        Arguments.of("", false, ""),
        Arguments.of("x\\%y", false, "x\\%y"),
        Arguments.of("x\\%y", true, "x%y"),
        Arguments.of("%Servers%", false, "%Servers%"),
        Arguments.of("%Servers%", true, "«%Servers%»"),
        Arguments.of("\\%plain%name%", true, "%plain«%name%»"),
        Arguments.of("100%", true, "100%"),
        Arguments.of("a%b c%d", true, "a%b c%d"),
        Arguments.of("%%", true, "%%"),
        Arguments.of("'\"%_\u00e9\u4e2d\\*", false, "'\"%_\u00e9\u4e2d*"),
        Arguments.of("\ud83d\ude00?", false, "\ud83d\ude00«?»"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void parse_readsEscapesAsTheSpecificationSays(String raw, boolean expand, String expected) {
    assertThat(render(SigmaText.parse(raw, expand))).isEqualTo(expected);
  }

  static Stream<Arguments> windash() {
    return Stream.of(
        Arguments.of(" -enc ", " «-»enc "),
        Arguments.of("/c", "«-»c"),
        Arguments.of("-a /b", "«-»a «-»b"),
        Arguments.of("--x", "-«-»x"),
        Arguments.of("a-b", "a-b"),
        Arguments.of(" - ", " - "),
        Arguments.of("x -", "x -"),
        Arguments.of("\"-x", "\"«-»x"),
        Arguments.of(" \u2013x", " \u2013x"),
        Arguments.of(" -\u00e9", " «-»\u00e9"),
        Arguments.of(" -_", " «-»_"));
  }

  @ParameterizedTest
  @MethodSource("windash")
  void windash_turnsDashesBetweenANonWordAndAWordCharacterIntoSlots(String raw, String expected) {
    assertThat(render(SigmaText.parse(raw, false).windash())).isEqualTo(expected);
  }

  @Test
  void windash_treatsAWildcardAsANonWordNeighbour() {
    assertThat(render(SigmaText.parse("*-x", false).windash())).isEqualTo("«*»«-»x");
    assertThat(render(SigmaText.parse("a-*", false).windash())).isEqualTo("a-«*»");
  }

  @Test
  void spelled_writesEachSlotFiveWaysAndRefusesTooMany() throws RuleProblem {
    assertThat(SigmaText.parse("-a /b", false).windash().spelled(3125)).hasSize(25);
    SigmaText six = SigmaText.parse("-a -b -c -d -e -f", false).windash();
    assertThatThrownBy(() -> six.spelled(3125)).isInstanceOf(RuleProblem.class).hasMessageContaining("3125");
  }

  @Test
  void anchors_addAStarOnlyWhereNoneIs() {
    SigmaText t = SigmaText.parse("*a", false);
    assertThat(render(t.withLeadingAny().withTrailingAny())).isEqualTo("«*»a«*»");
    assertThat(render(SigmaText.parse("a\\*", false).withTrailingAny())).isEqualTo("a*«*»");
  }
}
