package io.github.sigma2sumo.run.events;

import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Building and reading the {@code YamlTree} nodes this package makes and takes: trees it builds
 * have {@link Span#SYNTHETIC} spans; scalars it reads become the text a log would hold.
 */
final class YNodes {
  private YNodes() {}

  /** An ordered map of synthetic nodes. */
  static YMap map(Map<String, YNode> values) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    values.forEach((k, v) -> entries.put(k, new Entry(k, Span.SYNTHETIC, v)));
    return new YMap(entries, Span.SYNTHETIC);
  }

  static YList list(List<YNode> items) {
    return new YList(List.copyOf(items), Span.SYNTHETIC);
  }

  static YScalar string(String value) {
    return new YScalar(value, true, Span.SYNTHETIC);
  }

  static YScalar number(long value) {
    return new YScalar(BigDecimal.valueOf(value), false, Span.SYNTHETIC);
  }

  static YScalar scalar(Object value) {
    return new YScalar(value, value instanceof String, Span.SYNTHETIC);
  }

  /**
   * The text a scalar stands for in a log: a number as written ({@code 10048}, {@code 1.5}), a
   * Boolean as {@code true}/{@code false}, null as the empty string.
   */
  static String text(YScalar scalar) {
    return scalar.text();
  }

  /** A map entry's value when it is a map. */
  static Optional<YMap> mapAt(YMap map, String key) {
    return map.get(key).filter(YMap.class::isInstance).map(YMap.class::cast);
  }

  /** A map entry's value when it is a scalar. */
  static Optional<YScalar> scalarAt(YMap map, String key) {
    return map.get(key).filter(YScalar.class::isInstance).map(YScalar.class::cast);
  }

  /** A short name of a node's kind, for messages. */
  static String kind(YNode node) {
    if (node instanceof YMap) {
      return "an object";
    } else if (node instanceof YList) {
      return "a list";
    }
    return "a scalar";
  }

  /** A YAML resource of this package, read once by the class that holds its data. */
  static YNode resource(String name) {
    try (InputStream in = YNodes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<YNode> documents = YamlTree.documents(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (documents.size() != 1) {
        throw new IllegalStateException("resource " + name + " must hold one YAML document");
      }
      return documents.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (YamlTree.YamlException e) {
      throw new IllegalStateException("broken resource " + name + ": " + e.getMessage(), e);
    }
  }
}
