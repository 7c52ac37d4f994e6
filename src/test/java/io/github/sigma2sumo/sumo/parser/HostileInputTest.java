package io.github.sigma2sumo.sumo.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pathological inputs give a diagnostic or a clean result, never an exception. */
@Timeout(60)
class HostileInputTest {

  private static QueryParser.Result parse(String text) {
    return QueryParser.parse(SourceFile.of("hostile.sumo", text));
  }

  @Test
  void emptyInput_parsesToEmptyQuery() {
    assertThat(parse("").diagnostics()).isEmpty();
  }

  @Test
  void tenThousandNestedParentheses_reportNestingLimit() {
    String text = "| where " + "(".repeat(10_000) + "x" + ")".repeat(10_000);
    assertThat(parse(text).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("nest deeper than"));
  }

  @Test
  void hundredThousandOrs_parseFlat() {
    String text = "| where " + "a = 1 or ".repeat(100_000) + "a = 2";
    assertThat(parse(text).query()).isPresent();
  }

  @Test
  void tenMegabyteLine_isRefused() {
    assertThat(parse("x".repeat(10_000_000)).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("characters long"));
  }

  @Test
  void unterminatedString_isOneError() {
    assertThat(parse("| where x = \"abc").diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("not closed"));
  }

  @Test
  void singleQuotes_getTargetedMessage() {
    assertThat(parse("| where x = 'a'").diagnostics()).first()
        .satisfies(d -> assertThat(d.message()).contains("single quotes"));
  }

  /** Found by ParserFuzzTest: an empty quoted field name made the tree builder throw. */
  @Test
  void emptyQuotedFieldName_isASyntaxError() {
    for (String query : java.util.List.of("* | where a == %\"\"", "* | count by % \"\"", "%\"\"=x", "* | fields %\"\"")) {
      assertThat(parse(query).diagnostics()).as(query).singleElement()
          .satisfies(d -> assertThat(d.message()).isEqualTo("a field name cannot be empty"));
    }
  }

  @Test
  void twoBrokenStages_giveTwoErrors() {
    assertThat(parse("x | where x = = 1 | sort by | count").diagnostics()).hasSize(2);
  }

  @Test
  void syntaxError_hasExactPosition() {
    var d = parse("a\n| where x = = 1").diagnostics().get(0);
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.location().column()).isEqualTo(13);
  }

}
