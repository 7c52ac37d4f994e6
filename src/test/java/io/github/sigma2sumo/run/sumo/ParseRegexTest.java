package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** parse regex / extract: named groups, multi, the Java fallback and its budget, laziness. */
class ParseRegexTest {

  private static final LogMessage XML = Runs.message(
      "<Event><EventID>4688</EventID><Data Name='Image'>C:\\a.exe</Data><Data Name=\"User\">bob</Data></Event>");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      parse regex "<EventID[^>]*>(?<EventID>\\d+)</EventID>"                   | EventID => 4688
      parse regex "<Data Name=[\\"']Image[\\"']>(?<Image>[^<]*)</Data>"        | Image   => C:\\a.exe
      parse regex "<Data Name=[\\"']User[\\"']>(?<User>[^<]*)</Data>"          | User    => bob
      extract "(?<first>\\w+)"                                                  | first   => Event
      parse regex "(?<v>\\d)"                                                   | v       => 4
      parse regex "(?<opt>zzz)?<Event>"                                         | opt     => null
      parse regex "(?P<pname>Image)"                                            | pname   => Image
      parse regex "(?:Data|Event) (?<attr>\\w+)="                               | attr    => Name
      parse regex "(Data|xx) (?<attr2>\\w+)="                                   | attr2   => Name
      parse regex "(?<ahead>\\w+)(?=</EventID>)"                                | ahead   => 4688
      parse regex "(?<keys_to_save>bob)"                                        | keys_to_save => bob
      """)
  void namedGroupsOfTheFirstMatch(String stageAndField, String expected) {
    String[] parts = stageAndField.split(" \\| ");
    Output out = Runs.run("* | " + parts[0].trim(), XML);
    assertThat(Runs.column(out, parts[1].trim())).containsExactly(expected);
  }

  @Test
  void multiMakesOneRowPerMatch() {
    Output out = Runs.run("* | parse regex \"(?<ip>\\d+\\.\\d+\\.\\d+\\.\\d+)\" multi | count by ip",
        Runs.message("from 10.0.0.1 to 10.0.0.2 via 10.0.0.1"), Runs.message("none"));
    assertThat(Runs.column(out, "ip")).containsExactly("10.0.0.1", "10.0.0.2");
    assertThat(Runs.column(out, "_count")).containsExactly("2", "1");
  }

  @Test
  void multiWithNodropKeepsMessagesWithoutMatch() {
    Output out = Runs.run("* | parse regex \"(?<d>\\d)\" multi nodrop", Runs.message(2, "a1b2"), Runs.message(1, "none"));
    assertThat(Runs.column(out, "d")).containsExactly("1", "2", "null");
  }

  @Test
  void parsesAField() {
    Output out = Runs.run("* | parse regex \"Image'>(?<img>[^<]*)<\" | parse regex field=img \"(?<drive>\\w):\"", XML);
    assertThat(Runs.column(out, "drive")).containsExactly("C");
  }

  @Test
  void withoutNodropAMessageThatDoesNotMatchIsDropped() {
    assertThat(Runs.run("* | parse regex \"(?<x>nothere)\"", XML).rows()).isEmpty();
    assertThat(Runs.run("* | parse regex \"(?<x>nothere)\" nodrop", XML).rows()).hasSize(1);
  }

  @Test
  void waitingAndEagerExtractionsAgree() {
    String body = "<EventID>1</EventID><Data Name='Image'>x.exe</Data>";
    String lazy = "* | parse regex \"<EventID>(?<id>\\d+)<\" nodrop | parse regex \"Image'>(?<img>[^<]*)<\" nodrop"
        + " | where id = \"1\"";
    String eager = lazy.replace(" nodrop", "");
    for (String raw : new String[] {body, "<EventID>2</EventID>", "<Data Name='Image'>y</Data>", ""}) {
      Output a = Runs.run(lazy, Runs.message(raw));
      Output b = Runs.run(eager, Runs.message(raw));
      assertThat(a.rows().size()).as(raw).isEqualTo(raw.equals(body) ? 1 : 0);
      assertThat(b.rows()).as(raw).isEqualTo(a.rows());
    }
  }

  @Test
  void aRegexNeitherEngineTakesIsInvalid() {
    assertThat(Runs.problems("* | parse regex \"(?<x>[a-\"")).singleElement().asString()
        .startsWith("the regex is neither RE2 nor Java");
    assertThat(Runs.problems("* | parse regex \"(a)\"")).containsExactly(
        "parse regex needs at least one named group (?<name>...)");
  }

  @Test
  void aBacktrackingRegexOverItsBudgetEndsTheRunWithAnError() {
    String raw = "a".repeat(40) + "!";
    Output out = Runs.prepare("* | parse regex \"(?<x>(a+)+\\\\1b)\"").run(java.util.List.of(Runs.message(raw)));
    assertThat(out.failed()).isTrue();
    assertThat(out.fired()).isFalse();
    assertThat(out.errors()).singleElement().asString().contains("backtracks too much");
  }

  @Test
  void requiredLiteralsAreReadFromTheTopLevel() {
    assertThat(RequiredLiterals.of("<Data Name=[\"']Image[\"']>(?<Image>[^<]*)</Data>"))
        .containsExactly("<Data Name=", "Image", "</Data>");
    assertThat(RequiredLiterals.of("<EventID[^>]*>(?<EventID>\\d+)</EventID>")).containsExactly("<EventID", "</EventID>");
    assertThat(RequiredLiterals.of("abcd?e")).containsExactly("abc");
    assertThat(RequiredLiterals.of("abc+d")).containsExactly("abc");
    assertThat(RequiredLiterals.of("a\\.bc\\d")).containsExactly("a.bc");
    assertThat(RequiredLiterals.of("abc|def")).isEmpty();
    assertThat(RequiredLiterals.of("(?i)abc")).isEmpty();
    assertThat(RequiredLiterals.of("abc{0,1}")).isEmpty();
  }
}
