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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The names of every built-in pipeline, their other names and their groups of alternatives, read once. */
  private static final class Names {
    static final List<String> ALL = readBuiltInNames();
    /** alias to the pipeline's name (aliases.list). */
    static final Map<String, String> ALIASES = readAliases();
    /** Groups of which one applies: naming one replaces the default one (alternatives.list). */
    static final List<List<String>> ALTERNATIVES = names("alternatives.list").stream()
        .map(l -> List.of(l.trim().split("\\s+"))).toList();
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
    return read(list).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static Map<String, String> readAliases() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : names("aliases.list")) {
      String[] pair = line.trim().split("\\s+");
      out.put(pair[0], pair[1]);
    }
    return Map.copyOf(out);
  }

  /** The other names of built-in pipelines (kept working after a rename), to the name each stands for. */
  public static Map<String, String> aliases() {
    return Names.ALIASES;
  }

  /** The built-in pipeline {@code name} stands for: itself, or what an alias names. */
  public static String canonical(String name) {
    return Names.ALIASES.getOrDefault(name, name);
  }

  /** Every name that selects a built-in pipeline: {@link #builtInNames}, then the aliases. */
  public static List<String> selectableNames() {
    List<String> out = new ArrayList<>(builtInNames());
    out.addAll(new java.util.TreeSet<>(Names.ALIASES.keySet()));
    return out;
  }

  /** The pipelines of which one applies, when {@code name} is one of such a group (its own name included). */
  public static List<String> alternativesOf(String name) {
    String c = canonical(name);
    return Names.ALTERNATIVES.stream().filter(g -> g.contains(c)).findFirst().orElse(List.of());
  }

  /** The target whose queries a built-in pipeline shapes: CSE for those of cse.list, else log search. */
  public static Target targetOf(String name) {
    return names(Target.CSE.defaultPipelineList()).contains(canonical(name)) ? Target.CSE : Target.SEARCH;
  }

  /**
   * The default pipelines of {@code target} given that {@code given} pipelines are named too: a
   * default whose alternative (or itself) is given is left out, so that {@code -p windows-xml}
   * reads XML instead of JSON, not both.
   */
  public static List<String> defaultNames(Target target, List<String> given) {
    List<String> out = new ArrayList<>();
    for (String d : defaultNames(target)) {
      List<String> group = alternativesOf(d);
      if (given.stream().noneMatch(g -> canonical(g).equals(d) || group.contains(canonical(g)))) {
        out.add(d);
      }
    }
    return out;
  }

  /** A built-in pipeline by name; its diagnostics (there should be none) go to {@code sink}. */
  public static Optional<Pipeline> builtIn(String name, DiagnosticSink sink) {
    if (!builtInNames().contains(canonical(name))) {
      return Optional.empty();
    }
    Loaded l = loaded(canonical(name)).join();
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
    return builtInNames().contains(canonical(name)) ? Optional.of(read(canonical(name) + ".yml")) : Optional.empty();
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
