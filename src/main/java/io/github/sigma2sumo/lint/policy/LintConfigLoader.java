package io.github.sigma2sumo.lint.policy;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.DiagnosticSink;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.sigma.YamlTree;
import io.github.sigma2sumo.sigma.YamlTree.Entry;
import io.github.sigma2sumo.sigma.YamlTree.YList;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.sigma.YamlTree.YScalar;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@link LintConfig}: {@value LintConfig#FILE_NAME} in the working directory or the
 * nearest folder above it. Every problem is a finding of check {@value #CHECK} at its line and
 * column: a malformed file or a wrong value is an error (the run stops, exit 2, rather than lint
 * with settings the user did not mean), a name that is no check a warning with a did-you-mean.
 */
public final class LintConfigLoader {
  private LintConfigLoader() {}

  /** The check id of problems in the configuration file. */
  public static final String CHECK = "config";

  private static final List<String> KEYS =
      List.of("select", "ignore", "severity", "per-file-ignores", "exclude", "pipelines");

  /** A configuration read, and what is wrong with it. */
  public record Loaded(LintConfig config, List<Diagnostic> problems) {
    public boolean failed() {
      return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /** The nearest {@value LintConfig#FILE_NAME} at or above {@code start}. */
  public static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(LintConfig.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Reads {@code source} (named as the user should see it), found at {@code file}. */
  public static Loaded load(SourceFile source, Path file, Collection<String> checks) {
    DiagnosticSink sink = new DiagnosticSink(source);
    Path directory = file.toAbsolutePath().normalize().getParent();
    LintConfig none = LintConfig.none(directory);
    List<YNode> documents;
    try {
      documents = YamlTree.documents(source.text());
    } catch (YamlTree.YamlException e) {
      sink.report(CHECK, Severity.ERROR, e.span(), e.getMessage());
      return new Loaded(none, sink.diagnostics());
    }
    if (documents.isEmpty()) {
      return new Loaded(new LintConfig(Optional.of(file), directory, List.of("all"), List.of(), Map.of(), Map.of(),
          List.of(), List.of()), sink.diagnostics());
    }
    if (documents.size() > 1 || !(documents.get(0) instanceof YMap map)) {
      sink.report(CHECK, Severity.ERROR, new Span(0, 0), "the configuration must be one mapping of settings ("
          + String.join(", ", KEYS) + ")");
      return new Loaded(none, sink.diagnostics());
    }
    Reader reader = new Reader(sink, checks);
    for (Entry e : map.entries().values()) {
      if (!KEYS.contains(e.key())) {
        sink.report(CHECK, Severity.ERROR, e.keySpan(), "unknown setting '" + e.key() + "'"
            + didYouMean(e.key(), KEYS) + "; the settings are " + String.join(", ", KEYS));
      }
    }
    List<String> select = map.get("select").map(v -> reader.checkList(v, "select")).orElse(List.of("all"));
    List<String> ignore = map.get("ignore").map(v -> reader.checkList(v, "ignore")).orElse(List.of());
    Map<String, Optional<Severity>> severities = map.get("severity").map(reader::severities).orElse(Map.of());
    Map<String, List<String>> perFile = map.get("per-file-ignores").map(reader::perFile).orElse(Map.of());
    List<String> exclude = map.get("exclude").map(v -> reader.strings(v, "exclude")).orElse(List.of());
    List<String> pipelines = map.get("pipelines").map(v -> reader.strings(v, "pipelines")).orElse(List.of());
    List<Diagnostic> problems = new ArrayList<>(sink.diagnostics());
    problems.sort(Diagnostic.ORDER);
    return new Loaded(new LintConfig(Optional.of(file), directory, select, ignore, severities, perFile, exclude,
        pipelines), problems);
  }

  private static String didYouMean(String word, Collection<String> candidates) {
    return Suggestions.closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** The values of one file, with its problems reported as they are met. */
  private record Reader(DiagnosticSink sink, Collection<String> checks) {

    List<String> strings(YNode node, String setting) {
      List<YNode> items = node instanceof YList list ? list.items() : List.of(node);
      List<String> out = new ArrayList<>();
      for (YNode item : items) {
        if (item instanceof YScalar s && s.value() != null && !s.text().isBlank()) {
          out.add(s.text());
        } else {
          sink.report(CHECK, Severity.ERROR, span(item), "'" + setting + "' takes a list of names");
        }
      }
      return out;
    }

    List<String> checkList(YNode node, String setting) {
      List<String> names = strings(node, setting);
      for (int i = 0; i < names.size(); i++) {
        known(names.get(i), node instanceof YList list ? span(list.items().get(i)) : span(node));
      }
      return names;
    }

    private void known(String selector, Span at) {
      if (selector.equals("all") || checks.stream().anyMatch(c -> LintConfig.matches(selector, c))) {
        if (LintConfig.ALWAYS_REPORTED.contains(selector)) {
          sink.report(CHECK, Severity.WARNING, at, "'" + selector + "' findings are always reported: a file that "
              + "does not parse or a rule that cannot be compiled is never clean");
        }
        return;
      }
      sink.report(CHECK, Severity.WARNING, at, "no check is named '" + selector + "'"
          + didYouMean(selector, checks) + " (sigma2sumo list checks names them all)");
    }

    Map<String, Optional<Severity>> severities(YNode node) {
      Map<String, Optional<Severity>> out = new LinkedHashMap<>();
      if (!(node instanceof YMap map)) {
        sink.report(CHECK, Severity.ERROR, span(node), "'severity' maps check names to error, warning, note or off");
        return out;
      }
      for (Entry e : map.entries().values()) {
        known(e.key(), e.keySpan());
        String value = e.value() instanceof YScalar s && s.value() != null ? s.text().toLowerCase(Locale.ROOT) : "";
        switch (value) {
          case "error", "warning", "note" -> out.put(e.key(), Optional.of(Severity.valueOf(value.toUpperCase(
              Locale.ROOT))));
          case "off" -> out.put(e.key(), Optional.empty());
          default -> sink.report(CHECK, Severity.ERROR, span(e.value()), "a severity is error, warning, note or off");
        }
      }
      return out;
    }

    Map<String, List<String>> perFile(YNode node) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      if (!(node instanceof YMap map)) {
        sink.report(CHECK, Severity.ERROR, span(node), "'per-file-ignores' maps globs to lists of check names");
        return out;
      }
      for (Entry e : map.entries().values()) {
        out.put(e.key(), checkList(e.value(), "per-file-ignores"));
      }
      return out;
    }

    private static Span span(YNode node) {
      if (node instanceof YMap m) {
        return m.span();
      }
      return node instanceof YList l ? l.span() : ((YScalar) node).span();
    }
  }
}
