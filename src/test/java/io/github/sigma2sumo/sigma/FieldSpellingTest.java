package io.github.sigma2sumo.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.source.SourceFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** sigma-field: a misspelt field of a known log source, reported at the field with a did-you-mean. */
class FieldSpellingTest {

  private static List<Diagnostic> load(String category, String key) {
    String rule = """
        title: Example
        logsource: {category: %s, product: windows}
        detection:
            selection: {%s: 'x'}
            condition: selection
        """.formatted(category, key);
    DiagnosticSink sink = new DiagnosticSink(SourceFile.of("r.yml", rule));
    SigmaLoader.load(sink.source(), sink);
    return sink.diagnostics().stream().filter(d -> d.checkId().equals(SigmaLoader.FIELD)).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
      "process_creation => CommandLin|contains => 'CommandLin' is not a field of process_creation events; did you mean 'CommandLine'?",
      "process_creation => Imgae|endswith => 'Imgae' is not a field of process_creation events; did you mean 'Image'?",
      "process_creation => commandline => 'commandline' is not a field of process_creation events; did you mean 'CommandLine'? (Sigma field names are case-sensitive: pipelines map them by exact name)",
      "network_connection => DestinationHostnam|endswith => 'DestinationHostnam' is not a field of network_connection events; did you mean 'DestinationHostname'?",
      "registry_set => TargetObjet => 'TargetObjet' is not a field of registry_set events; did you mean 'TargetObject'?",
      "file_event => TargetFileName => 'TargetFileName' is not a field of file_event events; did you mean 'TargetFilename'? (Sigma field names are case-sensitive: pipelines map them by exact name)"})
  void aNearMissIsReportedWithTheFieldItMeant(String category, String key, String message) {
    assertThat(load(category, key)).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo(message);
      assertThat(d.location().line()).isEqualTo(4);
      assertThat(d.location().column()).isEqualTo(17);
      assertThat(d.location().endColumn() - d.location().column()).isEqualTo(key.split("\\|")[0].length());
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "process_creation; CommandLine|contains", "process_creation; EventID", "process_creation; Provider_Name",
      "create_remote_thread; TargetParentProcessId", "create_remote_thread; SourceParentImage",
      "network_connection; CommandLine", "process_creation; Imphash", "ps_script; ScriptBlockTex"})
  void knownFieldsEnrichmentsAndUnknownSchemasAreLeftAlone(String category, String key) {
    assertThat(load(category, key)).isEmpty();
  }
}
