package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyValueTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      user=ann action=login             => ann
      user = ann                        => ann
      user: "ann smith" x               => ann smith
      user='a b',x=1                    => a b
      user->ann;                        => ann
      superuser=root user=ann           => ann
      user_name=x user=ann              => ann
      nouser here                       => null
      """)
  void valueAfterTheKey(String raw, String expected) {
    Output out = Runs.run("* | keyvalue \"user\" nodrop", Runs.message(raw));
    assertThat(Runs.column(out, "user")).containsExactly(expected);
  }

  @Test
  void aliasesAndDerivedNames() {
    Output out = Runs.run("* | kv \"src-ip\", \"port\" | fields src_ip, port", Runs.message("src-ip=1.2.3.4 port=80"));
    assertThat(Runs.column(out, "src_ip")).containsExactly("1.2.3.4");
    Output aliased = Runs.run("* | kv infer \"port\" as p", Runs.message("port=80"));
    assertThat(Runs.column(aliased, "p")).containsExactly("80");
  }

  @Test
  void aMessageWithNoKeyIsDroppedWithoutNodrop() {
    assertThat(Runs.run("* | kv \"a\", \"b\"", Runs.message("b=1"), Runs.message("c=1")).rows()).hasSize(1);
  }

  @Test
  void regexAndAutoFormsAreNotEvaluated() {
    assertThat(Runs.problems("* | kv regex \"=(.*?)(?:\\\\s|$)\" \"src\" nodrop")).containsExactly(
        "`keyvalue regex` is not evaluated locally");
    assertThat(Runs.problems("* | keyvalue auto")).singleElement().asString().startsWith("`keyvalue auto`");
  }
}
