package io.github.sigma2sumo.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Modifier semantics and their worked values from the specification and pySigma (sigma.md §3). */
class ModifiersTest {

  private static List<SigmaValue> apply(String modifiers, Object... raw) throws Modifiers.ModifierException {
    return Modifiers.apply(modifiers.isEmpty() ? List.of() : List.of(modifiers.split("\\|")), List.of(raw)).values();
  }

  private static List<String> strings(SigmaValue v) {
    List<String> out = new ArrayList<>();
    if (v instanceof SigmaValue.Expansion e) {
      e.alternatives().forEach(a -> out.addAll(strings(a)));
    } else {
      out.add(((SigmaValue.Str) v).string().toString());
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({"base64offset|contains, IEX (, *SUVYIC*;*lFWCAo*;*JRVggK*",
      "base64offset|contains, http://, *aHR0cDovL*;*h0dHA6Ly*;*odHRwOi8v*",
      "wide|base64offset|contains, ping, *cABpAG4AZw*;*AAaQBuAGcA*;*wAGkAbgBnA*",
      "base64, whoami, d2hvYW1p",
      "utf16|base64, abc, //5hAGIAYwA=",
      "utf16be|base64, abc, AGEAYgBj",
      "utf16le|base64, abc, YQBiAGMA"})
  void encodesAsTheSpecificationSays(String modifiers, String value, String expected) throws Exception {
    assertThat(strings(apply(modifiers, value).get(0))).containsExactly(expected.split(";"));
  }

  @Test
  void windashReplacesEachCommandLineDashFiveWays() throws Exception {
    assertThat(strings(apply("windash", "-a /b").get(0))).hasSize(25).contains("-a /b", "/a -b", "\u2013a \u2015b");
    assertThat(strings(apply("windash", "a-b").get(0))).containsExactly("a-b");
    assertThat(strings(apply("windash|contains", " -enc ").get(0))).hasSize(5).allMatch(s -> s.startsWith("* "));
  }

  @Test
  void containsStartsEndsAddWildcardsOnce() throws Exception {
    assertThat(strings(apply("contains", "*a*").get(0))).containsExactly("*a*");
    assertThat(strings(apply("startswith", "a").get(0))).containsExactly("a*");
    assertThat(strings(apply("endswith", "a").get(0))).containsExactly("*a");
    SigmaValue.Regex re = (SigmaValue.Regex) apply("re|contains", "^a").get(0);
    assertThat(re.pattern()).isEqualTo("^a.*");
  }

  @Test
  void typedModifiers() throws Exception {
    assertThat(apply("gt", new BigDecimal(5)).get(0)).isEqualTo(new SigmaValue.Compare(SigmaValue.CompareOp.GT,
        new BigDecimal(5)));
    assertThat(apply("exists", true).get(0)).isEqualTo(new SigmaValue.Exists(true));
    assertThat(apply("cidr", "10.0.0.0/8").get(0)).isEqualTo(new SigmaValue.Cidr("10.0.0.0", 8, false));
    assertThat(apply("cidr", "::FFFF:10.0.0.0/104").get(0)).isEqualTo(new SigmaValue.Cidr("::ffff:10.0.0.0", 104, true));
    assertThat(((SigmaValue.Regex) apply("re|i|s", "a").get(0)).flags()).containsExactlyInAnyOrder('i', 's');
    assertThat(apply("fieldref", "Image").get(0)).isEqualTo(new SigmaValue.FieldRef("Image", false, false));
    assertThat(Modifiers.apply(List.of("contains", "all"), List.of("a", "b")).all()).isTrue();
    assertThat(Modifiers.apply(List.of("neq"), List.of("a")).negated()).isTrue();
    assertThat(((SigmaValue.Str) apply("contains|cased", "A").get(0)).cased()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
      "endwith ~ x ~ unknown modifier 'endwith'; did you mean 'endswith'?",
      "contains|re ~ x ~ 're' must be the first modifier",
      "i ~ x ~ 'i' is a flag of 're' and needs it first",
      "base64 ~ a*b ~ 'base64' cannot encode a value with wildcards",
      "cidr ~ 10.0.0.1/8 ~ has host bits set",
      "cidr ~ 300.1.1.1/8 ~ is not an IPv4 address",
      "cidr ~ 1:2:3:4:5:6:7:8:9/64 ~ is not an IPv6 address",
      "cidr ~ ::ffff:10.0.0.1/104 ~ has host bits set",
      "re ~ (a ~ invalid regular expression",
      "hour ~ x ~ 'hour' does not apply to a string",
      "wide ~ x ~ follow the modifier with base64 or base64offset"})
  void refusesWithAReason(String modifiers, String value, String message) {
    assertThatThrownBy(() -> apply(modifiers, value)).isInstanceOf(Modifiers.ModifierException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesWrongValueTypes() {
    assertThatThrownBy(() -> apply("gt", "5")).hasMessageContaining("'gt' does not apply to a string");
    assertThatThrownBy(() -> apply("exists", "yes")).hasMessageContaining("'exists' takes true or false");
    assertThatThrownBy(() -> apply("contains", new BigDecimal(5))).hasMessageContaining("does not apply to a number");
  }
}
