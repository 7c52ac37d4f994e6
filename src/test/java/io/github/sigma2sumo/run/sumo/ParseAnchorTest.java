package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** parse (anchor) and the nodrop rule shared by all parse operators. */
class ParseAnchorTest {

  private static final String SAMPLE = "Aug 2 04:06:08: host=10.1.1.124: local/ssl2 notice mcpd[3772]:"
      + " User=jsmith@demo.com: severity=warning: 01070638:5: Pool member 172.31.51.22:0 monitor status down.";

  /** The docs' example, and the edges of the choices the class states. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      parse "user=*:" as user                         => jsmith@demo.com
      parse "user=*: severity=*:" as user, severity   => jsmith@demo.com
      parse "severity=*" as rest                      => warning: 01070638:5: Pool member 172.31.51.22:0 monitor status down.
      parse "* 2 " as month                           => Aug
      parse "mcpd[*]" as pid                          => 3772
      parse "monitor * " as what                      => status
      """)
  void capturesTheShortestTextBetweenAnchors(String stage, String expected) {
    Output out = Runs.run("* | " + stage, Runs.message(SAMPLE));
    String field = stage.substring(stage.indexOf(" as ") + 4).split(",")[0].trim();
    assertThat(Runs.column(out, field)).containsExactly(expected);
  }

  @Test
  void capturesSpanLines() {
    Output out = Runs.run("* | parse \"To: *\\n\" as to | parse \"start*end\" as body",
        Runs.message("Subject: x\nTo: a@b.c\nstart 1\n2 end"));
    assertThat(Runs.column(out, "to")).containsExactly("a@b.c");
    assertThat(Runs.column(out, "body")).containsExactly(" 1\n2 ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      parse "a=*," as a                                         => 2
      parse "a=*," as a nodrop                                  => 3
      parse "a=*," as a nodrop | parse "b=*," as b              => 2
      parse "a=*," as a | parse "b=*," as b                     => 1
      parse "a=*," as a nodrop | parse "b=*," as b nodrop | parse "c=*," as c => 3
      parse "a=*," as a nodrop | where true | parse "b=*," as b => 1
      """)
  void nodropActsAsAnOr(String stages, int rows) {
    LogMessage onlyA = Runs.message(3, "a=1,");
    LogMessage both = Runs.message(2, "a=1, b=2,");
    LogMessage onlyC = Runs.message(1, "c=3,");
    assertThat(Runs.run("* | " + stages, onlyA, both, onlyC).rows()).hasSize(rows);
  }

  @Test
  void aFailedParseKeepsWhatAnEarlierOneGave() {
    Output out = Runs.run("* | parse \"GET * HTTP\" as url nodrop | parse \"POST * HTTP\" as url nodrop",
        Runs.message(2, "GET /a HTTP"), Runs.message(1, "POST /b HTTP"), Runs.message(0, "PUT /c HTTP"));
    assertThat(Runs.column(out, "url")).containsExactly("/a", "/b", "null");
    assertThat(out.notes()).isEmpty();
  }

  @Test
  void parsesAnotherField() {
    Output out = Runs.run("* | parse \"user=*:\" as user | parse field=user \"*@*\" as name, domain", Runs.message(SAMPLE));
    assertThat(Runs.column(out, "name")).containsExactly("jsmith");
    assertThat(Runs.column(out, "domain")).containsExactly("demo.com");
  }

  @Test
  void wrongNumbersOfNamesAreInvalid() {
    assertThat(Runs.problems("* | parse \"a=* b=*\" as a")).containsExactly(
        "the pattern has 2 wildcards for 1 field names; each * needs one name");
    assertThat(Runs.problems("* | parse \"a=**\" as a, b")).containsExactly(
        "`**` is not valid in a parse pattern; use parse regex");
  }

  @Test
  void aFieldNoParseFilledIsNullWithoutNote() {
    Output out = Runs.run("* | parse \"x=*;\" as x nodrop | where isNull(x)", Runs.message("nothing"));
    assertThat(out.rows()).hasSize(1);
    assertThat(out.notes()).isEmpty();
    assertThat(List.of(out.rows().get(0).fields().keySet().toArray())).contains("x");
  }
}
