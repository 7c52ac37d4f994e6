package io.github.sigma2sumo.diag.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The source line under a finding: whole when short, a window around the finding when long. */
class TextRendererTest {

  private static String render(String text, int line, int column, int endColumn) {
    SourceFile source = SourceFile.of("f", text);
    Diagnostic d = new Diagnostic("c", Severity.ERROR, "m", new Location("f", line, column, line, endColumn),
        Optional.empty());
    return TextRenderer.render(List.of(d), Map.of("f", source));
  }

  @Test
  void aShortLineIsShownWhole() {
    assertThat(render("_sourceCategory=x | stats count", 1, 21, 26)).isEqualTo(
        "f:1:21: error[c]: m\n 1 | _sourceCategory=x | stats count\n   |                     ^^^^^\n");
  }

  @Test
  void aLongLineIsShownAroundTheFindingWithTheCaretUnderIt() {
    String line = "a".repeat(1000) + "stats" + "b".repeat(1000);
    String out = render(line, 1, 1001, 1006);
    String[] lines = out.split("\n");
    String shown = lines[1].substring(" 1 | ".length());
    String caret = lines[2].substring("   | ".length());
    assertThat(shown).startsWith("…").endsWith("…").contains("stats");
    assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(TextRenderer.Excerpt.LONGEST + 2);
    assertThat(shown.substring(caret.indexOf('^'), caret.indexOf('^') + 5)).isEqualTo("stats");
    assertThat(caret.strip()).isEqualTo("^^^^^");
  }

  @Test
  void aFindingAtEitherEndOfALongLine() {
    String line = "x".repeat(500);
    String start = render(line, 1, 1, 2).split("\n")[1];
    assertThat(start).startsWith(" 1 | xxx").endsWith("…");
    String end = render(line, 1, 500, 501).split("\n")[2];
    String shown = render(line, 1, 500, 501).split("\n")[1];
    assertThat(shown).startsWith(" 1 | …").doesNotEndWith("…");
    assertThat(end.indexOf('^')).isEqualTo(shown.length() - 1);
  }
}
