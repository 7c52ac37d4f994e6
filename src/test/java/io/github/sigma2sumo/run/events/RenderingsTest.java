package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.github.sigma2sumo.compile.Pipeline;
import io.github.sigma2sumo.compile.Pipelines;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.source.SourceFile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderingsTest {

  @Test
  void everyBuiltInPipelineThatExtractsFields_hasARendering() {
    List<String> extracting = new ArrayList<>();
    for (String name : Pipelines.builtInNames()) {
      Pipeline p = Pipelines.builtIn(name, new DiagnosticSink(SourceFile.of(name, ""))).orElseThrow();
      if (p.items().stream().anyMatch(i -> i.transformation() instanceof Pipeline.Transformation.SumoExtraction)) {
        extracting.add(name);
      }
    }
    assertThat(extracting).hasSizeGreaterThan(10).contains("windows-json", "windows-xml", "windows-otel",
        "windows-legacy").doesNotContain("windows-sysmon", "windows-eventlog", "cse");
    for (String p : extracting) {
      assertThat(Renderings.forPipeline(p)).as(p).isPresent();
    }
    assertThat(Renderings.pipelines()).containsExactlyInAnyOrderElementsOf(extracting);
    assertThat(Renderings.forPipeline("cse")).isEmpty();
    assertThat(Renderings.forPipeline("no-such-pipeline")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"windows-xml, windows-xml", "windows-json, windows-json", "windows-otel, windows-otel-json",
      "windows-legacy, windows-legacy",
      "linux-auditd, auditd", "aws-cloudtrail, json-record", "okta, json-record", "proxy, fer-line", "linux, fer-line"})
  void pipelineTable(String pipeline, String rendering) {
    assertThat(Renderings.forPipeline(pipeline).orElseThrow().name()).isEqualTo(rendering);
  }

  @Test
  void docsRenderingMd_namesEveryRenderingAndPipeline() throws IOException {
    String doc = java.nio.file.Files.readString(
        java.nio.file.Path.of(System.getProperty("project.root", "."), "docs", "rendering.md"));
    Renderings.all().forEach(r -> assertThat(doc).contains("`" + r.name() + "`"));
    Renderings.pipelines().forEach(p -> assertThat(doc).contains("`" + p + "`"));
  }

  @Test
  void namesAreUniqueAndKebabCase() {
    List<String> names = Renderings.all().stream().map(Rendering::name).toList();
    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z]+(-[a-z]+)*"));
    names.forEach(n -> assertThat(Renderings.byName(n).orElseThrow().name()).isEqualTo(n));
  }

  @Test
  void aRenderingRefusesAnotherKindOfEvent_withBothNames() {
    SourceEvent flat = FlatRecord.fromSigmaFields(YNodes.map(Map.of("type", YNodes.string("SYSCALL")))).value();
    assertThat(new WindowsXmlRendering().render(flat).message())
        .isEqualTo("the windows-xml rendering writes Windows events, not FlatRecord");
    SourceEvent windows = new WindowsXmlRendering().read(YNodes.map(Map.of("EventID", YNodes.number(1)))).value();
    assertThat(new AuditdRendering().render(windows).message())
        .isEqualTo("the auditd rendering writes flat records, not WindowsEvent");
    assertThat(new ServiceJsonRendering().render(windows).message())
        .isEqualTo("the json-record rendering writes JSON records, not WindowsEvent");
  }

  @Test
  void auditdNeedsAType() {
    YMap noType = YNodes.map(Map.of("comm", YNodes.string("cat")));
    assertThat(new AuditdRendering().render(new AuditdRendering().read(noType).value()).message())
        .startsWith("an auditd record needs its type");
  }

  @Test
  void aUserDataNameThatIsNoXmlName_isRefused() {
    WindowsEvent e = new WindowsEvent(WindowsSystem.builder().build(), List.of(),
        java.util.Optional.of(new UserData("Bad Name", java.util.Optional.empty(), List.of())));
    assertThat(new WindowsXmlRendering().render(e).message()).isEqualTo("the UserData name 'Bad Name' is not an XML element name");
  }

  @Test
  void jsonRecords_refuseAValueThatIsAlsoAPrefix() {
    YMap bad = YNodes.map(new java.util.LinkedHashMap<>(Map.of("a", YNodes.string("x"))));
    java.util.LinkedHashMap<String, io.github.sigma2sumo.sigma.YamlTree.YNode> m = new java.util.LinkedHashMap<>();
    m.put("a", YNodes.string("x"));
    m.put("a.b", YNodes.string("y"));
    assertThat(JsonRecord.fromSigmaFields(YNodes.map(m)).message()).isEqualTo("the field a.b nests under a, which holds a value");
    assertThat(JsonRecord.fromSigmaFields(bad).isOk()).isTrue();
  }
}
