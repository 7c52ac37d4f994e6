package io.github.sigma2sumo.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** HCL strings and heredocs read back to the text written, whatever the text holds. */
class HclTest {

  static Stream<String> hostile() {
    Random random = new Random(42);
    String alphabet = "ab\"\\\n\r\t$%{}'`\u0000\u001f\u007f\u2028ü日🙂 =#/*";
    Stream<String> fixed = Stream.of("", "${var.x}", "%{if x}", "$${kept}", "100%", "$", "a$", "{{field}}",
        "C:\\Windows\\", "say \"hi\"", "line1\nline2", "EOT", "<<-EOT");
    Stream<String> generated = Stream.generate(() -> {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(24);
      for (int i = 0; i < n; i++) {
        s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0,
            alphabet.length())))));
      }
      return s.toString();
    }).limit(300);
    return Stream.concat(fixed, generated);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void quotedStringsReadBack(String value) {
    String hcl = render(List.of(new Hcl.Block("resource", List.of("t", value), List.of(
        new Hcl.Attribute("a", value), new Hcl.Attribute("list", List.of(value, value))), List.of())));
    HclReader.Block block = HclReader.parse(hcl).get(0);
    assertThat(block.labels()).containsExactly("t", value);
    assertThat(block.attributes().get("a")).isEqualTo(value);
    assertThat(block.attributes().get("list")).isEqualTo(List.of(value, value));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void heredocsReadBack(String value) {
    String body = value.replace("\r", "") + "\n";
    String hcl = render(List.of(new Hcl.Block("r", List.of(), List.of(new Hcl.Attribute("config",
        whole(body))), List.of())));
    assertThat(HclReader.parse(hcl).get(0).attributes().get("config")).isEqualTo(body);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aStreamedHeredocIsTheHeredocOfItsWholeText(String value) {
    String body = value.replace("\r", "") + "\n";
    String marker = whole(body).marker();
    // written in pieces of random length, so '$' and '{' fall into different writes too
    Random random = new Random(body.hashCode());
    Hcl.Heredoc streamed = new Hcl.Heredoc(marker, out -> {
      for (int i = 0; i < body.length(); ) {
        int end = Math.min(body.length(), i + 1 + random.nextInt(3));
        out.write(body, i, end - i);
        i = end;
      }
    });
    assertThat(render(config(streamed))).isEqualTo(render(config(whole(body))));
  }

  @Test
  void aStreamedHeredocRefusesALineThatWouldEndIt() {
    for (String body : List.of("{\nEOT\n}", "a\n  EOT\nb", "x\n\tEOT")) {
      assertThatThrownBy(() -> render(config(new Hcl.Heredoc("EOT", out -> out.write(body)))))
          .as(body).isInstanceOf(IllegalStateException.class);
    }
    assertThat(render(config(new Hcl.Heredoc("EOT", out -> out.write("EOTS\n EOT x\n\"EOT\"")))))
        .contains("EOTS\n EOT x\n\"EOT\"\nEOT");
  }

  @Test
  void blocksKeepTheirOrderWithStreamedHeredocsAmongThem() {
    List<Hcl.Block> blocks = new java.util.ArrayList<>();
    for (int i = 0; i < 500; i++) {
      blocks.add(i % 97 == 3
          ? new Hcl.Block("r", List.of("h" + i), List.of(new Hcl.Attribute("config", whole("n = " + i + "\n"))), List.of())
          : new Hcl.Block("r", List.of("p" + i), List.of(new Hcl.Attribute("n", i)), List.of()));
    }
    StringBuilder oneByOne = new StringBuilder();
    for (Hcl.Block b : blocks) {
      oneByOne.append(oneByOne.length() == 0 ? "" : "\n").append(render(List.of(b)));
    }
    assertThat(render(blocks)).isEqualTo(oneByOne.toString());
    assertThat(HclReader.parse(render(blocks))).extracting(HclReader.Block::labels)
        .containsExactlyElementsOf(blocks.stream().map(Hcl.Block::labels).toList());
  }

  /** A heredoc of {@code text} written at once, under a marker that no line of it is. */
  private static Hcl.Heredoc whole(String text) {
    String marker = "EOT";
    while (text.contains(marker)) {
      marker = marker + "_";
    }
    return new Hcl.Heredoc(marker, out -> out.write(text));
  }

  private static List<Hcl.Block> config(Hcl.Heredoc heredoc) {
    return List.of(new Hcl.Block("r", List.of(), List.of(new Hcl.Attribute("config", heredoc)), List.of()));
  }

  private static String render(List<Hcl.Block> blocks) {
    StringWriter out = new StringWriter();
    try {
      Hcl.write(blocks, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
