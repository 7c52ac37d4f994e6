package io.github.sigma2sumo.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON string literal decoded with the place of each code point: on random strings written with
 * random escapes (each character plain, as its short escape, or as a {@code \}{@code u} escape, a
 * supplementary character as a surrogate pair), the text decodes to the string, and each mapped
 * place holds the character or the backslash of the escape that writes it.
 */
class JsonStringTextTest {
  private static final String ALPHABET = "ab\"\\/\n\r\t\b\f é日\u0001|*{}";

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20261204})
  void everyCodePointIsMappedToWhereItIsWritten(long seed) throws Exception {
    Random random = new Random(seed);
    for (int round = 0; round < 500; round++) {
      StringBuilder value = new StringBuilder();
      StringBuilder literal = new StringBuilder("\"");
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        int cp = random.nextInt(10) == 0 ? 0x1F600 + random.nextInt(50) : ALPHABET.codePointAt(random.nextInt(ALPHABET.length()));
        value.appendCodePoint(cp);
        literal.append(write(cp, random));
      }
      literal.append('"');
      String prefix = "{\"a\": [1, \"日本\", {\"q\": ".repeat(random.nextInt(2));
      String host = prefix + literal + "}";
      int quote = prefix.length();
      EmbeddedText text = JsonStringText.read(host, quote, host.codePointCount(0, quote)).orElseThrow();
      assertThat(text.text()).isEqualTo(value.toString());
      assertThat(new ObjectMapper().readValue(literal.toString(), String.class)).isEqualTo(value.toString());
      int[] cps = host.codePoints().toArray();
      int[] values = value.codePoints().toArray();
      for (int i = 0; i < values.length; i++) {
        int at = text.hostOffset(i);
        assertThat(cps[at] == values[i] || cps[at] == '\\').as("code point %d of %s", i, literal).isTrue();
        if (cps[at] == '\\') {
          assertThat(values[i] == '\\' || values[i] == '"' || values[i] == '/' || values[i] < 0x20 || values[i] > 0x7e
              || cps[at + 1] == 'u').isTrue();
        }
      }
      assertThat(cps[text.hostOffset(values.length)]).isEqualTo('"');
    }
  }

  private static String write(int cp, Random random) {
    int choice = random.nextInt(3);
    if (cp > 0xFFFF) {
      if (choice == 0) {
        return new String(Character.toChars(cp));
      }
      char[] pair = Character.toChars(cp);
      return String.format("\\u%04X\\u%04x", (int) pair[0], (int) pair[1]);
    }
    if (choice == 2 || cp == '"' || cp == '\\' || cp < 0x20) {
      String shortForm = switch (cp) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '/' -> "\\/";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        case '\b' -> "\\b";
        case '\f' -> "\\f";
        default -> null;
      };
      return shortForm != null && random.nextBoolean() ? shortForm : String.format("\\u%04x", cp);
    }
    return new String(Character.toChars(cp));
  }

  @Test
  void aBrokenLiteralIsNone() {
    for (String broken : new String[] {"\"abc", "\"a\\", "\"a\\x\"", "\"\\u12\"", "\"\\u12G4\""}) {
      assertThat(JsonStringText.read(broken, 0, 0)).as(broken).isEmpty();
    }
  }
}
