package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pipelines that ship with sigma2sumo (src/main/resources/io/github/sigma2sumo/pipelines), by
 * name, and the default set. The default set applies first; users' pipelines follow, ordered by
 * their priority and then as given, so a user's scope, extraction or field mapping has the last
 * word.
 */
public final class Pipelines {
  private static final String BASE = "/io/github/sigma2sumo/pipelines/";

  private Pipelines() {}

  /** Names of the built-in pipelines that the default set of log search applies, in order (default.list). */
  public static List<String> defaultNames() {
    return defaultNames(Target.SEARCH);
  }

  /** Names of the built-in pipelines applied by default for {@code target}, in order. */
  public static List<String> defaultNames(Target target) {
    return names(target.defaultPipelineList());
  }

  /** Every built-in pipeline name: the default sets, then the alternatives of optional.list. */
  public static List<String> builtInNames() {
    List<String> names = new ArrayList<>(defaultNames());
    names.addAll(defaultNames(Target.CSE));
    names.addAll(names("optional.list"));
    return names;
  }

  private static List<String> names(String list) {
    return read(list).lines().filter(l -> !l.isBlank()).toList();
  }

  /** A built-in pipeline by name; its diagnostics (there should be none) go to {@code sink}. */
  public static Optional<Pipeline> builtIn(String name, DiagnosticSink sink) {
    if (!builtInNames().contains(name)) {
      return Optional.empty();
    }
    return PipelineLoader.load(SourceFile.of("builtin:" + name, read(name + ".yml")), sink);
  }

  /** Orders pipelines for application: by priority, keeping the given order among equals. */
  public static List<Pipeline> ordered(List<Pipeline> pipelines) {
    List<Pipeline> out = new ArrayList<>(pipelines);
    out.sort(Comparator.comparingInt(Pipeline::priority));
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = Pipelines.class.getResourceAsStream(BASE + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
