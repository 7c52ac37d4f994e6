package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.run.cse.CseExpression;
import io.github.sigma2sumo.run.cse.Outcome;
import io.github.sigma2sumo.run.cse.Prepared;
import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How {@code --target cse} writes string values: single quotes (a backslash is an ordinary
 * character there), double quotes only for a value with {@code '}, and Windows paths as readable
 * LIKE patterns where that is exact. Each compiled expression is also run by the independent
 * evaluator (run/cse) on a value Sigma matches and one it does not.
 */
class CseStringEmissionTest {

  private static final RuleCompiler COMPILER = new RuleCompiler(Pipelines.defaults(Target.CSE), Target.CSE);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiterString = " | ", quoteCharacter = '`', value = {
      // Sigma item (YAML flow map) | the condition written | a value that matches | one that does not
      "{Image|endswith: '\\cmd.exe'}                | lower(baseImage) LIKE '%\\cmd.exe'                 | C:\\Windows\\System32\\CMD.EXE | C:\\Windows\\cmd.exe2",
      "{Image|contains: '\\Windows\\System32\\'}     | lower(baseImage) LIKE '%\\windows\\system32\\\\%'   | C:\\windows\\system32\\x.exe | C:\\Windows\\System32",
      "{CommandLine|contains: '50%_off'}             | lower(commandLine) LIKE '%50\\%\\_off%'             | get 50%_off now | get 50x-off now",
      "{CommandLine|startswith: 'C:\\a\\\\\\\\b'}      | lower(commandLine) LIKE 'c:\\a\\\\\\b%'             | C:\\a\\\\b.exe | C:\\a\\b.exe",
      "{CommandLine|endswith: 'dir\\'}               | lower(commandLine) LIKE '%dir\\\\'                  | C:\\DIR\\ | C:\\dir",
      "{CommandLine: 'C:\\Windows\\x.exe'}           | lower(commandLine) = 'c:\\windows\\x.exe'           | c:\\WINDOWS\\x.exe | c:\\windows\\\\x.exe",
      "{CommandLine: 'C:\\Windows\\\\\\*'}          | lower(commandLine) LIKE 'c:\\windows\\*'           | C:\\WINDOWS\\* | C:\\Windows\\x",
      "{CommandLine|contains: \"it's\"}              | lower(commandLine) LIKE \"%it's%\"                  | IT'S | its",
      "{CommandLine|contains: 'it''s C:\\x'}        | commandLine matches /(?is)^.*it's C:\\\\x.*$/         | so it's c:\\X | it's c:x"})
  void valuesAreWrittenAsSumosRulesWriteThem(String item, String condition, String matching, String other) {
    String rule = "title: T\nlogsource: {category: process_creation, product: windows}\n"
        + "detection:\n    selection: " + item.strip() + "\n    condition: selection\n";
    CompiledRule compiled = COMPILER.compile(SourceFile.of("r.yml", rule)).get(0);
    String query = compiled.query().orElseThrow(() -> new AssertionError(compiled.diagnostics()));
    assertThat(query).endsWith(" AND " + condition.strip());
    String field = condition.contains("baseImage") ? "baseImage" : "commandLine";
    assertThat(evaluate(condition.strip(), field, matching.strip())).as(matching).isEqualTo(Outcome.MATCH);
    assertThat(evaluate(condition.strip(), field, other.strip())).as(other).isEqualTo(Outcome.NO_MATCH);
  }

  private static Outcome evaluate(String condition, String field, String value) {
    Prepared<CseExpression> expression = CseExpression.parse(SourceFile.of("t.cse", condition));
    assertThat(expression.problems()).isEmpty();
    String json = "{\"" + field + "\": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    try {
      YMap record = (YMap) YamlTree.documents(json).get(0);
      return expression.value().orElseThrow().test(record);
    } catch (YamlTree.YamlException e) {
      throw new AssertionError(e);
    }
  }
}
