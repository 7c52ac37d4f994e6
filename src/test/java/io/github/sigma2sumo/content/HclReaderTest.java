package io.github.sigma2sumo.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.content.JsonNodes.Str;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HCL strings decoded with the place of each code point: random texts written as a quoted string
 * (with random escapes) and as an indented heredoc read back as the text, each mapped place holding
 * the character, the backslash of its escape, or the first character of a doubled {@code $${} /
 * {@code %%{}; an interpolation reads as the parameter placed at its {@code $}.
 */
class HclReaderTest {
  private static final String ALPHABET = "ab\"\\ é日|*{}$%/=#\t";

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20261204})
  void quotedStringsAndHeredocsMapEveryCodePoint(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      StringBuilder value = new StringBuilder();
      int length = 1 + random.nextInt(25);
      for (int i = 0; i < length; i++) {
        value.appendCodePoint(random.nextInt(12) == 0 ? 0x1F600 + random.nextInt(40)
            : ALPHABET.codePointAt(random.nextInt(ALPHABET.length())));
      }
      String text = value.toString().replace("\t", " ");
      check(text, quoted(text, random), false);
      if (!text.isBlank() && !text.strip().equals("EOT")) {
        // <<- removes the smallest indentation of the content's lines: of one line, all of it
        String flush = text.replaceFirst("^ +", "");
        check(flush, heredoc(flush), true);
      }
    }
  }

  private static void check(String value, String literal, boolean heredoc) {
    String host = "# x\nresource \"sumologic_log_search\" \"x\" {\n  name = \"n\"\n  query_string = " + literal + "\n}\n";
    HclReader.Result r = HclReader.read(host);
    assertThat(r.malformed()).as(host).isEmpty();
    Str s = (Str) r.blocks().get(0).body().get("query_string").orElseThrow();
    EmbeddedText t = s.text().get().orElseThrow();
    String expected = heredoc ? value + "\n" : value;
    assertThat(t.text()).as(host).isEqualTo(expected);
    int[] cps = host.codePoints().toArray();
    int[] values = expected.codePoints().toArray();
    for (int i = 0; i < values.length; i++) {
      int at = t.hostOffset(i);
      boolean written = cps[at] == values[i] || cps[at] == '\\'
          || ((values[i] == '$' || values[i] == '%') && cps[at] == values[i])
          || (values[i] == '{' && (cps[at] == '$' || cps[at] == '%'));
      assertThat(written).as("code point %d of %s in %s", i, expected, host).isTrue();
    }
  }

  private static String quoted(String value, Random random) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c == '$' || c == '%') && i + 1 < value.length() && value.charAt(i + 1) == '{') {
        out.append(c).append(c).append('{'); // $${ is a literal ${ (an escaped { would not be)
        i++;
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (random.nextInt(8) == 0 && !Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String heredoc(String value) {
    String body = value.replace("${", "$${").replace("%{", "%%{");
    return "<<-EOT\n      " + body + "\n    EOT";
  }
}
