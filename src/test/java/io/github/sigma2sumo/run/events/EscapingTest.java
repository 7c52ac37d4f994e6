package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escape tables of the XML and JSON renderings: one row per character class. */
class EscapingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "ampersand|a&b|a&amp;b|a&amp;b",
      "less than|a<b|a&lt;b|a&lt;b",
      "greater than|a>b|a&gt;b|a&gt;b",
      "double quote|say \"hi\"|say \"hi\"|say &quot;hi&quot;",
      "apostrophe|it's|it's|it&apos;s",
      "backslash|C:\\Windows\\|C:\\Windows\\|C:\\Windows\\",
      "an entity stays text|&amp;|&amp;amp;|&amp;amp;",
      "cdata end|]]>|]]&gt;|]]&gt;",
      "non-ASCII|café Zoë 😀|café Zoë 😀|café Zoë 😀",
  })
  void xmlTextAndAttributes(String what, String value, String text, String attribute) {
    assertThat(XmlText.text(value)).isEqualTo(text);
    assertThat(XmlText.attribute(value)).isEqualTo(attribute);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0009, \t", "000A, \n", "000D, \r"})
  void xmlWhitespaceControls_areWrittenAsTheyAre(String code, String expected) {
    String c = Character.toString(Integer.parseInt(code, 16));
    assertThat(XmlText.text("a" + c + "b")).isEqualTo("a" + c + "b");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0000, &#x0;", "0001, &#x1;", "001F, &#x1F;", "FFFE, &#xFFFE;", "D800, &#xD800;"})
  void xmlOtherControlsAndLoneSurrogates_areCharacterReferences(String code, String expected) {
    String c = Character.toString((char) Integer.parseInt(code, 16));
    assertThat(XmlText.text("a" + c + "b")).isEqualTo("a" + expected + "b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "double quote|a\"b|`\"a\\\"b\"`|`\"a\\\"b\"`",
      "backslash|a\\b|`\"a\\\\b\"`|`\"a\\\\b\"`",
      "slash|a/b|`\"a/b\"`|`\"a/b\"`",
      "markup|<a&b>|`\"<a&b>\"`|`\"\\u003ca\\u0026b\\u003e\"`",
      "apostrophe|it's|`\"it's\"`|`\"it's\"`",
      "non-ASCII|é😀|`\"é😀\"`|`\"é😀\"`",
  })
  void jsonStrings(String what, String value, String java, String go) {
    StringBuilder j = new StringBuilder();
    JsonText.string(value, JsonText.Style.JAVA, j);
    StringBuilder g = new StringBuilder();
    JsonText.string(value, JsonText.Style.GO, g);
    assertThat(j.toString()).isEqualTo(java);
    assertThat(g.toString()).isEqualTo(go);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({
      "0008, \\b, \\b", "0009, \\t, \\t", "000A, \\n, \\n", "000C, \\f, \\f", "000D, \\r, \\r",
      "0000, \\u0000, \\u0000", "001F, \\u001F, \\u001f", "007F, \u007f, \u007f",
      "2028, '\u2028', \\u2028", "D800, \\uD800, \ufffd"})
  void jsonControlsAndSeparators(String code, String java, String go) {
    String c = Character.toString((char) Integer.parseInt(code, 16));
    StringBuilder j = new StringBuilder();
    JsonText.string(c, JsonText.Style.JAVA, j);
    StringBuilder g = new StringBuilder();
    JsonText.string(c, JsonText.Style.GO, g);
    assertThat(j.toString()).isEqualTo('"' + java + '"');
    assertThat(g.toString()).isEqualTo('"' + go + '"');
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "plain|cat|`\"cat\"`",
      "path|/usr/bin/nc|`\"/usr/bin/nc\"`",
      "space|echo hi|6563686F206869",
      "quote|a\"b|612262",
      "non-ASCII|é|C3A9",
      "tilde is printable|a~b|`\"a~b\"`",
      "DEL|a\u007fb|617F62",
  })
  void auditdUntrustedStrings(String what, String value, String written) {
    assertThat(AuditdRendering.untrusted("comm", value)).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "plain|GET|GET",
      "empty|``|`\"\"`",
      "space|a b|`\"a b\"`",
      "equals|x=1|`\"x=1\"`",
      "quote|a\"b|`\"a\\\"b\"`",
      "backslash|a\\b|`\"a\\\\b\"`",
  })
  void ferLineValues(String what, String value, String written) {
    assertThat(ExtractedFieldsRendering.value(value)).isEqualTo(written);
  }
}
