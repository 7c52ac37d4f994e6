package io.github.sigma2sumo.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sigma2sumo.parallel.Workers;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML nesting: nodes down to 64 levels below the document's top are read; the first node past
 * them is refused where it starts, and a collection before the composer goes deeper.
 */
class YamlTreeTest {

  @Test
  void sixtyFourLevelsBelowTheDocumentAreRead() throws YamlTree.YamlException {
    YNode node = YamlTree.documents("[".repeat(64) + "1" + "]".repeat(64)).get(0);
    int depth = 0;
    while (node instanceof YList list) {
      node = list.items().get(0);
      depth++;
    }
    assertThat(depth).isEqualTo(64);
    assertThat(YamlTree.documents("{a: ".repeat(64) + "1" + "}".repeat(64)).get(0)).isInstanceOf(YMap.class);
    assertThat(YamlTree.documents("[".repeat(65) + "]".repeat(65)).get(0)).isInstanceOf(YList.class);
  }

  @Test
  void theFirstCollectionPastTheLimitIsRefusedWhereItStarts() {
    for (String open : List.of("[", "{a: ", "- ")) {
      String text = open.equals("- ") ? blockSequences(70) : open.repeat(70) + "1" + (open.equals("[") ? "]" : "}").repeat(70);
      assertThatThrownBy(() -> YamlTree.documents(text)).as(open)
          .isInstanceOfSatisfying(YamlTree.YamlException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("the YAML nests deeper than 64 levels");
            assertThat(e.span()).isNotEqualTo(new Span(0, 0));
          });
    }
    assertThatThrownBy(() -> YamlTree.documents("[".repeat(66) + "]".repeat(66)))
        .isInstanceOfSatisfying(YamlTree.YamlException.class, e -> assertThat(e.span().start()).isEqualTo(65));
  }

  /**
   * On a worker's deep stack, as the command runs, the composer stops at the limit. Before, only a
   * stack overflow stopped it ("nests too deeply", no position), and its time grows with the square
   * of the depth reached: 6 s for this text.
   */
  @Test
  void aMillionBracketsAreRefusedAtTheLimit() {
    String text = "title: x\nv: " + "[".repeat(1_000_000) + "]".repeat(1_000_000);
    Exception[] thrown = new Exception[1];
    Workers.run(() -> {
      try {
        YamlTree.documents(text);
      } catch (YamlTree.YamlException e) {
        thrown[0] = e;
      }
    });
    assertThat(thrown[0]).isInstanceOfSatisfying(YamlTree.YamlException.class, e -> {
      assertThat(e).hasMessage("the YAML nests deeper than 64 levels");
      assertThat(e.span().start()).isEqualTo("title: x\nv: ".length() + 64); // below the top mapping
    });
  }

  private static String blockSequences(int depth) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append("  ".repeat(i)).append("-\n");
    }
    return text.append("  ".repeat(depth)).append("1\n").toString();
  }
}
