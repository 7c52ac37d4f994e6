package io.github.sigma2sumo.run.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keyword search expression: terms, phrases, wildcards, metadata and boolean operators. */
class ScopeCompilerTest {

  private static final String SAMPLE =
      "2013-08-13 21:25:15,456 98765432 [com.test.services.test.TESTClientImpl] TEST Request:id=1234567 TEST1234567";

  /** The docs' own examples (keyword-search-expressions.md, "Phrases") and the term rules around them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      *                              | true
      TEST*                          | true
      test                           | true
      456                            | true
      *456*                          | true
      45                             | false
      testclient*                    | true
      "com.test.services"            | true
      com.*.services*                | true
      com*services                   | false
      com services                   | true
      "Request:id=1234567"           | true
      "request id"                   | false
      TEST?234567                    | true
      TEST?34567                     | false
      error                          | false
      NOT error                      | true
      !test                          | false
      error OR fail                  | false
      error OR test                  | true
      (error OR test) AND 456        | true
      error OR test AND nothere      | false
      "21:25:15,456"                 | true
      """)
  void keywordsMatchTermsCaseInsensitively(String scope, boolean expected) {
    assertThat(fires(scope, Runs.message(SAMPLE))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "jsmith@*.com"       | jsmith@some.com login            | true
      "jsmith@some*re.com" | jsmith@somewhere.com login       | false
      "VM Periodic Task"   | VM Periodic\\nTask Thread         | true
      "a b"                | a-b                              | false
      "a - b"              | a-b                              | true
      "ümlaut"             | ÜMLAUT ok                        | true
      "x_y"                | x_y z                            | true
      "x"                  | x_y z                            | false
      """)
  void phrasesAreAdjacentTerms(String scope, String raw, boolean expected) {
    assertThat(fires(scope, Runs.message(raw.replace("\\n", "\n")))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(delimiter = '|', textBlock = """
      _sourceCategory=*sysmon*           | prod/Sysmon/xml  | true
      _sourceCategory=*sysmon*           | prod/windows     | false
      _sourceCategory=prod/windows       | PROD/Windows     | true
      _sourceCategory=prod               | prod/windows     | false
      _sourceCategory=prod*              | prod/windows     | true
      _sourcecategory=prod*              | prod/windows     | true
      _sourceCategory="prod/windows"     | prod/windows     | true
      _sourceCategory=prod/window?       | prod/windows     | true
      _sourceCategory!=prod/windows      | prod/windows     | false
      _sourceCategory!=prod/linux        | prod/windows     | true
      NOT _sourceCategory=prod/linux     | prod/windows     | true
      _sourceCategory=*                  | prod/windows     | true
      _sourceHost=*                      | prod/windows     | false
      _sourceHost!=x                     | prod/windows     | true
      """)
  void metadataCompareWholeValuesIgnoringCase(String scope, String category, boolean expected) {
    assertThat(fires(scope, Runs.message("anything", "_sourceCategory", category))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      _index=sumologic_default   | true
      _view=sumologic_default    | true
      _index=other               | false
      """)
  void aMessageWithoutPartitionIsInTheDefaultOne(String scope, boolean expected) {
    assertThat(fires(scope, Runs.message("x"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      _index=audit*              | true
      _view=audit_events         | true
      %"cs-host"=web*            | true
      cs-host=web01              | true
      cs-host=db*                | false
      """)
  void partitionsAndIndexedFieldsAreMetadata(String scope, boolean expected) {
    LogMessage m = Runs.message("x", "_index", "audit_events", "cs-host", "web01");
    assertThat(fires(scope, m)).isEqualTo(expected);
  }

  private static boolean fires(String scope, LogMessage m) {
    return Runs.run(scope, m).fired();
  }
}
