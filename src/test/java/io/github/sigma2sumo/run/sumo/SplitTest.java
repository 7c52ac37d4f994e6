package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** csv and split. */
class SplitTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      csv _raw extract 1 as a, 3 as c                    | c => z
      csv _raw extract a, b                              | b => y
      csv _raw extract a, _, c                           | c => z
      csv _raw extract 2 as b, c                         | c => z
      csv _raw extract 9 as far                          | far => null
      split _raw delim=',' extract 2 as b                | b => y
      """)
  void columns(String stageAndField, String expected) {
    String[] parts = stageAndField.split(" \\| ");
    Output out = Runs.run("* | " + parts[0].trim(), Runs.message("x,y,z"));
    assertThat(Runs.column(out, parts[1].trim())).containsExactly(expected);
  }

  @Test
  void quotesAndEscapes() {
    Output out = Runs.run("* | csv _raw extract a, b, c", Runs.message("\"1,5\",\"say \"\"hi\"\"\",x\\,y"));
    assertThat(Runs.column(out, "a")).containsExactly("1,5");
    assertThat(Runs.column(out, "b")).containsExactly("say \"hi\"");
    assertThat(Runs.column(out, "c")).containsExactly("x,y");
    Output tabs = Runs.run("* | split _raw delim='\\t', quote='|' extract 2 as b", Runs.message("a\t|b\tc|\td"));
    assertThat(Runs.column(tabs, "b")).containsExactly("b\tc");
  }

  @Test
  void splitsAField() {
    Output out = Runs.run("* | parse \"list=*;\" as list | split list delim=':' extract 2 as second",
        Runs.message("list=a:b:c;"));
    assertThat(Runs.column(out, "second")).containsExactly("b");
  }

  @Test
  void aMultiCharacterOptionIsInvalid() {
    assertThat(Runs.problems("* | split _raw delim='ab' extract 1 as a")).containsExactly(
        "the delim option takes one character, not 'ab'");
  }
}
