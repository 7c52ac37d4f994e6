package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** json with paths and json auto. */
class JsonTest {

  private static final String DOC = "{\"eventName\":\"ConsoleLogin\",\"userIdentity\":{\"type\":\"Root\","
      + "\"arn\":\"arn:aws:iam::1:root\"},\"n\":1.50,\"ok\":true,\"none\":null,\"tags\":[\"a\",\"b\"],"
      + "\"Actor\":[{\"Type\":5},{\"Type\":3}],\"foo bar\":\"spaced\",\"a.b\":\"dotted\"}";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      "eventName"                => ConsoleLogin
      "userIdentity.type"        => Root
      "$.userIdentity.arn"       => arn:aws:iam::1:root
      "n"                        => 1.50
      "ok"                       => true
      "none"                     => null
      "tags"                     => ["a","b"]
      "tags[1]"                  => b
      "Actor[0].Type"            => 5
      "Actor[*].Type"            => [5,3]
      "userIdentity"             => {"type":"Root","arn":"arn:aws:iam::1:root"}
      "['foo bar']"              => spaced
      "['a.b']"                  => dotted
      "eventname"                => null
      "missing.deeper"           => null
      """)
  void pathsReachValues(String path, String expected) {
    Output out = Runs.run("* | json " + path + " as v nodrop", Runs.message(DOC));
    assertThat(Runs.column(out, "v")).containsExactly(expected);
  }

  @Test
  void withoutNodropAMissingKeyOrNoJsonDrops() {
    assertThat(Runs.run("* | json \"eventName\", \"missing\"", Runs.message(DOC)).rows()).isEmpty();
    assertThat(Runs.run("* | json \"eventName\"", Runs.message("not json")).rows()).isEmpty();
    assertThat(Runs.run("* | json \"eventName\"", Runs.message(DOC)).rows()).hasSize(1);
  }

  @Test
  void namesDefaultToThePaths() {
    Output out = Runs.run("* | json \"eventName\", \"userIdentity.type\" | fields eventName, userIdentity.type",
        Runs.message(DOC));
    assertThat(Runs.column(out, "userIdentity.type")).containsExactly("Root");
  }

  @Test
  void findsTheJsonAfterAPreamble() {
    Output out = Runs.run("* | json \"module\" as m", Runs.message("2014-03-11 INFO [x] {\"module\":\"stream\"} trailing"));
    assertThat(Runs.column(out, "m")).containsExactly("stream");
  }

  @Test
  void readsAField() {
    Output out = Runs.run("* | json \"userIdentity\" as u | json field=u \"type\" as t", Runs.message(DOC));
    assertThat(Runs.column(out, "t")).containsExactly("Root");
  }

  @Test
  void autoMakesAFieldOfEveryKey() {
    Output out = Runs.run("* | json auto", Runs.message("prefix " + DOC));
    Row row = out.rows().get(0);
    assertThat(row.get("eventName").map(Value::text)).contains("ConsoleLogin");
    assertThat(row.get("userIdentity.type").map(Value::text)).contains("Root");
    assertThat(row.get("tags").map(Value::text)).contains("[\"a\",\"b\"]");
    assertThat(row.get("Actor[1].Type").map(Value::text)).contains("3");
    assertThat(row.get("foo_bar").map(Value::text)).contains("spaced");
  }

  @Test
  void autoOptions() {
    String doc = "{\"foo\":{\"bar\":[{\"k1\":\"v1\"},{\"k2\":\"v2\"}],\"baz\":\"qux\"},\"arr\":[1,2]}";
    Row depth2 = Runs.run("* | json auto maxdepth 2", Runs.message(doc)).rows().get(0);
    assertThat(depth2.get("foo.bar").map(Value::text)).contains("[{\"k1\":\"v1\"},{\"k2\":\"v2\"}]");
    assertThat(depth2.get("foo.baz").map(Value::text)).contains("qux");
    Row arrays = Runs.run("* | json auto extractarrays", Runs.message(doc)).rows().get(0);
    assertThat(arrays.get("arr[1]").map(Value::text)).contains("2");
    Row keys = Runs.run("* | json auto keys \"BAZ\" as b refonly", Runs.message("{\"baz\":\"q\",\"x\":1}")).rows().get(0);
    assertThat(keys.get("b").map(Value::text)).contains("q");
    assertThat(keys.get("x")).isEmpty();
  }

  @Test
  void autoFieldsCanBeReadByLaterStages() {
    Output out = Runs.run("* | json auto | where user = \"ann\" | count by user",
        Runs.message("{\"user\":\"ann\"}"), Runs.message("{\"user\":\"bob\"}"), Runs.message("plain"));
    assertThat(Runs.column(out, "_count")).containsExactly("1");
  }

  @Test
  void pathsOutsideTheSubsetAreNotEvaluated() {
    assertThat(Runs.problems("* | json \"a..b\"")).singleElement().asString()
        .isEqualTo("`json \"a..b\"` is not evaluated locally: the JSONPath holds recursive descent (..)");
    assertThat(Runs.problems("* | json \"a[?(@.x == 1)].y\"")).singleElement().asString().contains("subscript");
  }

  @Test
  void deepOrHugeJsonIsNoJson() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThat(JsonValue.parse(deep)).isEmpty();
    assertThat(JsonValue.parse("{\"a\":1}")).isPresent();
    Output out = Runs.run("* | json \"a\" as a nodrop", Runs.message("{\"a\":" + deep + "}"));
    assertThat(Runs.column(out, "a")).containsExactly("null");
    assertThat(List.of(JsonValue.find("x {\"k\": [1, 2]} y").orElseThrow().compact())).containsExactly("{\"k\":[1,2]}");
  }
}
