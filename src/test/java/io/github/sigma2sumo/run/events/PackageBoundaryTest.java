package io.github.sigma2sumo.run.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package is an independent judge of the compiler: it imports none of compile, emit, lint, pack, cli or another run package. */
class PackageBoundaryTest {

  @Test
  void importsNothingOfTheCompiler() throws Exception {
    Path dir = Path.of(System.getProperty("project.root", "."), "src/main/java/io/github/sigma2sumo/run/events");
    List<Path> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(20);
    for (Path p : sources) {
      assertThat(Files.readString(p))
          .as(p.getFileName().toString())
          .doesNotContainPattern("io\\.github\\.sigma2sumo\\.(compile|emit|lint|pack|cli)\\b")
          .doesNotContainPattern("io\\.github\\.sigma2sumo\\.run\\.(?!events\\b)");
    }
  }
}
