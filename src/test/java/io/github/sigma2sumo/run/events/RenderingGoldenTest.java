package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of every rendering: each input under golden/render/input/<kind>/ is read by the
 * renderings of its kind, and its Sigma fields, rendered messages and Cloud SIEM record are written
 * to golden/render/<kind>/<name>.txt for review ({@code -Dgolden.update=true} rewrites them).
 */
class RenderingGoldenTest {

  private static final Path INPUT = Golden.ROOT.resolve("render").resolve("input");

  private static final Map<String, List<String>> RENDERINGS = Map.of(
      "windows", List.of(WindowsXmlRendering.NAME, WindowsCollectorJsonRendering.NAME, WindowsOtelJsonRendering.NAME,
          WindowsLegacyRendering.NAME),
      "auditd", List.of(AuditdRendering.NAME),
      "json-record", List.of(ServiceJsonRendering.NAME),
      "fer-line", List.of(ExtractedFieldsRendering.NAME));

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> walk = Files.walk(INPUT)) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void renderingsMatchTheirGoldenFiles(Path input) throws IOException {
    String kind = input.getParent().getFileName().toString();
    YMap object = (YMap) JsonTree.read(SourceFile.of(input.toString(), Files.readString(input))).value().get(0);
    StringBuilder out = new StringBuilder();
    List<String> names = RENDERINGS.get(kind);
    SourceEvent event = Renderings.byName(names.get(0)).orElseThrow().read(object).value();
    out.append("== sigma fields\n").append(JsonText.write(event.sigmaFields(), JsonText.Style.JAVA)).append('\n');
    for (String name : names) {
      Rendering rendering = Renderings.byName(name).orElseThrow();
      assertThat(rendering.read(object).value()).isEqualTo(event);
      RenderedMessage message = rendering.render(event).value();
      out.append("== ").append(name).append('\n').append(message.raw()).append('\n');
      if (!message.indexedFields().isEmpty()) {
        out.append("== ").append(name).append(" indexed fields\n");
        message.indexedFields().forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
      }
    }
    Outcome<YMap> record = CseRecords.normalize(event);
    out.append("== cse record\n")
        .append(record.isOk() ? JsonText.write(record.value(), JsonText.Style.JAVA) : "no record: " + record.message())
        .append('\n');
    String name = input.getFileName().toString().replace(".json", ".txt");
    Golden.assertMatches(Golden.ROOT.resolve("render").resolve(kind).resolve(name), out.toString());
  }
}
