package io.github.sigma2sumo.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.sigma.ConditionParser;
import io.github.sigma2sumo.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the Sigma side: YAML loading, modifiers, conditions, lowering for both targets and the self-check. Any
 * file must give rules or diagnostics, never an exception; a rule that compiles has a query and
 * no error (the self-check would have reported one as an internal error). In {@code mvn verify}
 * it replays src/test/resources/io/github/sigma2sumo/compile/SigmaFuzzTestInputs/.
 */
@Tag("fuzz")
class SigmaFuzzTest {
  private static final List<RuleCompiler> COMPILERS = List.of(compiler(Target.SEARCH), compiler(Target.CSE));

  private static RuleCompiler compiler(Target target) {
    DiagnosticSink sink = new DiagnosticSink(SourceFile.of("pipelines", ""));
    List<Pipeline> pipelines = new ArrayList<>();
    for (String name : Pipelines.defaultNames(target)) {
      pipelines.add(Pipelines.builtIn(name, sink).orElseThrow());
    }
    return new RuleCompiler(pipelines, target);
  }

  @FuzzTest(maxDuration = "60s")
  void compileNeverThrows(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    for (RuleCompiler compiler : COMPILERS) {
      for (CompiledRule r : compiler.compile(SourceFile.of("fuzz.yml", text))) {
        assertThat(r.diagnostics()).noneMatch(d -> d.message().startsWith("internal error"));
        if (r.query().isPresent()) {
          assertThat(r.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        }
      }
    }
    ConditionParser.parse(text);
  }

  /** Pipeline files: a pipeline or diagnostics, never an exception; a loaded one applies cleanly. */
  @FuzzTest(maxDuration = "30s")
  void pipelineLoadNeverThrows(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    DiagnosticSink sink = new DiagnosticSink(SourceFile.of("fuzz-pipeline.yml", text));
    java.util.Optional<Pipeline> pipeline = PipelineLoader.load(sink.source(), sink);
    assertThat(pipeline.isPresent() || !sink.diagnostics().isEmpty()).isTrue();
    pipeline.ifPresent(p -> new RuleCompiler(List.of(p)).compile(SourceFile.of("rule.yml", """
        title: Fuzz Target
        logsource: {category: process_creation, product: windows}
        detection:
            selection: {Image|endswith: '\\x.exe', CommandLine|contains: 'y'}
            condition: selection
        """)));
  }
}
