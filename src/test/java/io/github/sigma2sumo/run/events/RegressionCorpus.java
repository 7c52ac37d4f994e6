package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SigmaHQ's regression events (../shared/corpus/sigmahq-regression), read with {@link JsonTree}. */
final class RegressionCorpus {

  /** One event: the file it came from, its index in the file, and the record. */
  record Event(Path file, int index, YMap record) {
    String name() {
      return file.getParent().getFileName() + "#" + index;
    }
  }

  static final Path ROOT = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "sigmahq-regression");

  private RegressionCorpus() {}

  static boolean isPresent() {
    return Files.isDirectory(ROOT);
  }

  static List<Path> files() {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Event> events() {
    List<Event> out = new ArrayList<>();
    for (Path file : files()) {
      try {
        Outcome<List<YNode>> values = JsonTree.read(SourceFile.of(file.toString(), Files.readString(file)));
        List<YNode> nodes = values.value();
        for (int i = 0; i < nodes.size(); i++) {
          out.add(new Event(file, i, (YMap) nodes.get(i)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
