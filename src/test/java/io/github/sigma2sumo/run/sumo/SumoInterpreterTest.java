package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What prepare refuses, said up front with the construct and its place; never on the first message. */
class SumoInterpreterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      * | count by a | transpose row a column b                  => `transpose` is not evaluated locally
      * | parse xml "/a/b" as b                                  => `parse xml` is not evaluated locally
      * | timeslice 1h | count by _timeslice | fillmissing timeslice(1h) => `fillmissing` is not evaluated locally
      * | count by _timeslice | compare with timeshift 1d         => `compare` is not evaluated locally
      * | count by _timeslice | outlier _count                    => `outlier` is not evaluated locally
      * | topk(5, a)                                             => `topk` is not evaluated locally
      * | save path://"/Library/t"                               => `save` is not evaluated locally
      * | geoip ip                                               => `geoip` is not evaluated locally
      * | accum x                                                => `accum` is not evaluated locally
      * | where isValidIP(x) and tourl(x, "l") = 1               => `tourl()` is not evaluated locally
      * | where x = {{value}}                                    => `{{value}}` is not evaluated locally: a dashboard parameter is filled in by the dashboard
      _sourceCategory={{src}}                                    => `_sourceCategory={{src}}` is not evaluated locally: a dashboard parameter is filled in by the dashboard
      * | where x matches /(?=a)/                                => RE2 rejects the regex: invalid or unsupported Perl syntax: `(?=`
      * | toUpperCase(1)                                         => `expression without as` is not evaluated locally: the docs name no field for its result
      * | where isEmpty(a, b)                                    => `isEmpty` takes 1 arguments, not 2
      """)
  void refusesWithAMessageNamingTheConstruct(String query, String message) {
    assertThat(Runs.problems(query)).contains(message);
  }

  @Test
  void reportsEveryProblemWithItsPlace() {
    String text = "* | where geo(x) = 1 | transpose row a column b | where y matches /[/";
    Preparation p = SumoInterpreter.prepare(Runs.parse(text));
    assertThat(p.query()).isEmpty();
    assertThat(p.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.NOT_EVALUATED,
        Problem.Kind.NOT_EVALUATED, Problem.Kind.INVALID);
    SourceFile source = SourceFile.of("q.sumo", text);
    assertThat(p.problems()).extracting(pr -> source.slice(pr.span()))
        .containsExactly("geo(x)", "transpose row a column b", "/[/");
    Diagnostic d = p.problems().get(1).toDiagnostic(source);
    assertThat(d.checkId()).isEqualTo(Problem.CHECK_ID);
    assertThat(d.location().column()).isEqualTo(24);
  }

  @Test
  void aPreparedQueryRunsTwiceAndGivesTheSameRows() {
    PreparedQuery q = Runs.prepare("error | parse \"user=*;\" as user nodrop | count by user");
    List<LogMessage> messages = List.of(Runs.message("error user=a;"), Runs.message("ok user=b;"));
    assertThat(q.run(messages)).isEqualTo(q.run(messages));
    assertThat(q.aggregated()).isTrue();
    Query parsed = q.query();
    assertThat(parsed.stages()).hasSize(2);
  }

  @Test
  void anEmptyScopeOrNoneMatchesEverything() {
    assertThat(Runs.run("| where true", Runs.message("a")).rows()).hasSize(1);
    assertThat(Runs.run("*", Runs.message("a"), Runs.message("b")).rows()).hasSize(2);
  }
}
