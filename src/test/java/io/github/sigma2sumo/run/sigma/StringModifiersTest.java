package io.github.sigma2sumo.run.sigma;

import static io.github.sigma2sumo.run.sigma.TestRules.itemMatches;
import static io.github.sigma2sumo.run.sigma.TestRules.quoted;
import static io.github.sigma2sumo.run.sigma.TestRules.sq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain values, wildcards and escapes, {@code contains}/{@code startswith}/{@code endswith},
 * {@code all} and {@code cased} on string fields: (modifiers, rule value, event value, match),
 * with near misses at each boundary.
 */
class StringModifiersTest {

  static Arguments row(String modifiers, String ruleValue, String eventValue, boolean expected) {
    return Arguments.of(modifiers, sq(ruleValue), eventValue, expected);
  }

  static Arguments rows(String modifiers, List<String> ruleValues, String eventValue, boolean expected) {
    return Arguments.of(modifiers, sq(ruleValues), eventValue, expected);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // equality: whole value, case-insensitive
        row("", "C:\\Windows\\System32\\cmd.exe", "C:\\Windows\\System32\\cmd.exe", true),
        row("", "C:\\Windows\\System32\\cmd.exe", "c:\\windows\\SYSTEM32\\CMD.EXE", true),
        row("", "C:\\Windows\\System32\\cmd.exe", "C:\\Windows\\System32\\cmd.exe ", false),
        row("", "C:\\Windows\\System32\\cmd.exe", "C:\\Windows\\System32\\cmd.ex", false),
        row("", "C:\\Windows\\System32\\cmd.exe", "C:/Windows/System32/cmd.exe", false),
        row("", "C:\\\\Windows", "C:\\Windows", true),
        // endswith
        row("endswith", "\\cmd.exe", "C:\\x\\cmd.exe", true),
        row("endswith", "\\cmd.exe", "C:\\X\\CMD.EXE", true),
        row("endswith", "\\cmd.exe", "C:\\x\\cmd.exe.", false),
        row("endswith", "\\cmd.exe", "C:\\x\\cmd.ex", false),
        row("endswith", "\\cmd.exe", "C:\\xcmd.exe", false),
        row("endswith", "\\cmd.exe", "C:/x/cmd.exe", false),
        row("endswith", "\\cmd.exe", "\\cmd.exe", true),
        row("endswith", "\\MEGAsyncSetup32_*RC.exe", "C:\\d\\MEGAsyncSetup32_1.2RC.exe", true),
        row("endswith", "\\MEGAsyncSetup32_*RC.exe", "C:\\d\\MEGAsyncSetup32_RC.exe", true),
        row("endswith", "\\MEGAsyncSetup32_*RC.exe", "C:\\d\\MEGAsyncSetup32RC.exe", false),
        // startswith
        row("startswith", "C:\\Users\\", "C:\\Users\\bob", true),
        row("startswith", "C:\\Users\\", "c:\\users\\", true),
        row("startswith", "C:\\Users\\", "C:\\Users", false),
        row("startswith", "C:\\Users\\", "D:\\Users\\bob", false),
        row("startswith", "C:\\Users\\", " C:\\Users\\bob", false),
        // contains
        row("contains", " -enc ", "powershell -enc abc", true),
        row("contains", " -enc ", "powershell -ENC abc", true),
        row("contains", " -enc ", "powershell -enc", false),
        row("contains", " -enc ", "powershell -en c", false),
        row("contains", " -enc ", "powershell /enc abc", false),
        row("contains", "", "", true),
        row("contains", "", "anything", true),
        // ? is one character (one code point), * any run, both escapable
        row("", "prog?.exe", "progA.exe", true),
        row("", "prog?.exe", "prog.exe", false),
        row("", "prog?.exe", "progAB.exe", false),
        row("", "prog?.exe", "prog\u00e9.exe", true),
        row("", "prog?.exe", "prog\ud83d\ude00.exe", true),
        row("", "a\\*b", "a*b", true),
        row("", "a\\*b", "axb", false),
        row("", "a\\?b", "a?b", true),
        row("", "a\\?b", "axb", false),
        row("", "C:\\Windows\\\\*", "C:\\Windows\\foo", true),
        row("", "C:\\Windows\\\\*", "C:\\Windowsfoo", false),
        row("", "C:\\Windows\\*", "C:\\Windows*", true),
        row("", "C:\\Windows\\*", "C:\\Windows\\foo", false),
        row("", "\\\\\\\\\\*\\IPC$", "\\\\*\\IPC$", true),
        row("", "\\\\\\\\\\*\\IPC$", "\\\\srv\\IPC$", false),
        row("", "a*", "a", true),
        row("", "*", "", true),
        // % and _ are no wildcards; quotes and non-ASCII are plain characters
        row("", "100%_done", "100%_done", true),
        row("", "100%_done", "100x_done", false),
        row("", "100%_done", "100%xdone", false),
        row("", "it's \"q\"", "it's \"q\"", true),
        row("", "it's \"q\"", "its \"q\"", false),
        row("", "\u00c4\u00d6\u00dc", "\u00e4\u00f6\u00fc", true),
        row("", "stra\u00dfe", "STRASSE", false),
        row("", "\u4e2d\u6587", "\u4e2d\u6587", true),
        // empty strings
        row("", "", "", true),
        row("", "", "a", false),
        // lists are OR, all makes them AND
        rows("", List.of("a", "b"), "b", true),
        rows("", List.of("a", "b"), "c", false),
        rows("contains|all", List.of("a", "b"), "xbxa", true),
        rows("contains|all", List.of("a", "b"), "xa", false),
        // cased
        row("cased", "Enc", "Enc", true),
        row("cased", "Enc", "enc", false),
        row("contains|cased", "Enc", "xEncx", true),
        row("contains|cased", "Enc", "xencx", false),
        row("cased|contains", "Enc", "xENCx", false),
        row("endswith|cased", "\u00c9", "x\u00e9", false));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} vs {2} -> {3}")
  @MethodSource("cases")
  void stringItem_matchesAsTheSpecificationSays(String modifiers, String ruleValue, String eventValue,
      boolean expected) {
    String key = modifiers.isEmpty() ? "Field" : "Field|" + modifiers;
    assertThat(itemMatches(key, ruleValue, "Field", quoted(eventValue))).isEqualTo(expected);
  }
}
