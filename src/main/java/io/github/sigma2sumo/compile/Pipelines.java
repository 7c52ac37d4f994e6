package io.github.sigma2sumo.compile;

import io.github.sigma2sumo.diag.Diagnostic;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipelines that ship with sigma2sumo (src/main/resources/io/github/sigma2sumo/pipelines), by
 * name, and the default set. The default set applies first; users' pipelines follow, ordered by
 * their priority and then as given, so a user's scope, extraction or field mapping has the last
 * word. Built-in pipelines are immutable, so each is parsed once per process, perhaps ahead of
 * use on another thread ({@link #preload}).
 */
public final class Pipelines {
  private static final String BASE = "/io/github/sigma2sumo/pipelines/";

  /** A built-in pipeline parsed, with what its loader reported (there should be nothing). */
  private record Loaded(Optional<Pipeline> pipeline, List<Diagnostic> diagnostics) {}

  private static final ConcurrentHashMap<String, CompletableFuture<Loaded>> LOADED = new ConcurrentHashMap<>();

  /** The names of every built-in pipeline, read once. */
  private static final class Names {
    static final List<String> ALL = readBuiltInNames();
  }

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
    return Names.ALL;
  }

  private static List<String> readBuiltInNames() {
    List<String> names = new ArrayList<>(defaultNames());
    names.addAll(defaultNames(Target.CSE));
    names.addAll(names("optional.list"));
    return List.copyOf(names);
  }

  private static List<String> names(String list) {
    return read(list).lines().filter(l -> !l.isBlank()).toList();
  }

  /** A built-in pipeline by name; its diagnostics (there should be none) go to {@code sink}. */
  public static Optional<Pipeline> builtIn(String name, DiagnosticSink sink) {
    if (!builtInNames().contains(name)) {
      return Optional.empty();
    }
    Loaded l = loaded(name).join();
    sink.addAll(l.diagnostics());
    return l.pipeline();
  }

  /**
   * Parses the default pipelines of {@code target} ahead of use, on the caller's (background)
   * thread; a pipeline asked for meanwhile is parsed by the asking thread instead, never twice.
   */
  public static void preload(Target target) {
    defaultNames(target).forEach(Pipelines::loaded);
  }

  /**
   * Parses on this thread, from the last, each default pipeline of {@code target} that no other
   * thread has begun: while {@link #preload} works from the first, the two meet in the middle.
   */
  public static void parseFromLast(Target target) {
    List<String> names = defaultNames(target);
    for (int i = names.size() - 1; i >= 0; i--) {
      loaded(names.get(i));
    }
  }

  /** The pipeline parsed once: by this thread when no other has begun it. */
  private static CompletableFuture<Loaded> loaded(String name) {
    CompletableFuture<Loaded> mine = new CompletableFuture<>();
    CompletableFuture<Loaded> theirs = LOADED.putIfAbsent(name, mine);
    if (theirs != null) {
      return theirs;
    }
    parse(name, mine);
    return mine;
  }

  /** Parses a built-in pipeline into {@code into}; a failure (a bug) is thrown where it is joined. */
  private static void parse(String name, CompletableFuture<Loaded> into) {
    try {
      DiagnosticSink sink = new DiagnosticSink(SourceFile.of("builtin:" + name, read(name + ".yml")));
      into.complete(new Loaded(PipelineLoader.load(sink.source(), sink), sink.diagnostics()));
    } catch (RuntimeException | StackOverflowError e) {
      into.completeExceptionally(e);
    }
  }

  /** The YAML text of a built-in pipeline, as shipped; empty for a name that is none. */
  public static Optional<String> text(String name) {
    return builtInNames().contains(name) ? Optional.of(read(name + ".yml")) : Optional.empty();
  }

  /** The default pipelines of {@code target}, parsed, in the order they apply. */
  public static List<Pipeline> defaults(Target target) {
    List<Pipeline> out = new ArrayList<>();
    for (String name : defaultNames(target)) {
      loaded(name).join().pipeline().ifPresent(out::add);
    }
    return out;
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
