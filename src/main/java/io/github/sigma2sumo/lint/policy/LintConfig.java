package io.github.sigma2sumo.lint.policy;

import io.github.sigma2sumo.diag.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's settings ({@code .sigma2sumo.yml}), as ruff's and ESLint's users keep theirs:
 * <pre>
 * select: [all]                 # checks to run: names, globs (cse-*) or all (the default)
 * ignore: [sigma-metadata]      # checks never reported
 * severity:                     # a check's severity: error, warning, note or off
 *   overbroad-host-wildcard: error
 * per-file-ignores:             # checks not reported in files matching a glob (relative to this file)
 *   "legacy/**": [sigma-field]
 * exclude: ["vendor/**"]        # left out of directory walks, as --exclude
 * pipelines: [windows-json]     # compile's pipelines when no -p is given
 * </pre>
 * Syntax errors and compile errors cannot be selected away: a file that does not parse, or a rule
 * that cannot be compiled, is never reported clean.
 *
 * @param directory where the file is; per-file globs are relative to it
 */
public record LintConfig(
    Optional<Path> file,
    Path directory,
    List<String> select,
    List<String> ignore,
    Map<String, Optional<Severity>> severities,
    Map<String, List<String>> perFileIgnores,
    List<String> exclude,
    List<String> pipelines) {

  /** The name looked for upward from the working directory. */
  public static final String FILE_NAME = ".sigma2sumo.yml";

  /** Checks a setting never silences. */
  public static final List<String> ALWAYS_REPORTED =
      List.of("sumo-syntax", "cse-syntax", "sigma-syntax", "sigma-modifier", "sigma-condition", "compile", "config");

  public LintConfig {
    select = List.copyOf(select);
    ignore = List.copyOf(ignore);
    severities = Map.copyOf(severities);
    perFileIgnores = Map.copyOf(perFileIgnores);
    exclude = List.copyOf(exclude);
    pipelines = List.copyOf(pipelines);
  }

  /** No file: every check at its own severity. */
  public static LintConfig none(Path directory) {
    return new LintConfig(Optional.empty(), directory, List.of("all"), List.of(), Map.of(), Map.of(), List.of(),
        List.of());
  }

  /**
   * The {@code pipelines} setting as {@code -p} takes it: a built-in's name as written, a file's
   * path resolved against this file's folder.
   */
  public List<String> pipelineArguments(java.util.Set<String> builtIns) {
    return pipelines.stream().map(p -> builtIns.contains(p) || Path.of(p).isAbsolute() ? p
        : directory.resolve(p).normalize().toString()).toList();
  }

  /** True when findings of {@code check} are reported at all. */
  public boolean reports(String check) {
    if (ALWAYS_REPORTED.contains(check)) {
      return true;
    }
    return select.stream().anyMatch(s -> matches(s, check)) && ignore.stream().noneMatch(s -> matches(s, check))
        && severities.getOrDefault(check, Optional.of(Severity.NOTE)).isPresent();
  }

  /** The severity {@code check}'s findings get: the file's, else their own. */
  public Severity severity(String check, Severity own) {
    if (ALWAYS_REPORTED.contains(check)) {
      return own;
    }
    return severities.getOrDefault(check, Optional.of(own)).orElse(own);
  }

  /** True when a per-file ignore silences {@code check} in the file named {@code fileName}. */
  public boolean ignoredIn(String fileName, String check) {
    if (perFileIgnores.isEmpty() || ALWAYS_REPORTED.contains(check) || fileName.equals("-")) {
      return false;
    }
    Path path = Path.of(fileName).toAbsolutePath().normalize();
    if (!path.startsWith(directory)) {
      return false;
    }
    Path relative = directory.relativize(path);
    for (Map.Entry<String, List<String>> e : perFileIgnores.entrySet()) {
      if (e.getValue().stream().anyMatch(s -> matches(s, check)) && pathMatches(e.getKey(), relative)) {
        return true;
      }
    }
    return false;
  }

  private static boolean pathMatches(String glob, Path relative) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    if (matcher.matches(relative)) {
      return true;
    }
    if (!glob.contains("/")) {
      for (Path part : relative) {
        if (matcher.matches(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A selector: {@code all}, a check's name, or a glob over names ({@code cse-*}). */
  static boolean matches(String selector, String check) {
    if (selector.equals("all") || selector.equals(check)) {
      return true;
    }
    return selector.contains("*") && check.matches(globToRegex(selector));
  }

  private static String globToRegex(String glob) {
    return String.join(".*", java.util.Arrays.stream(glob.split("\\*", -1))
        .map(java.util.regex.Pattern::quote).toList());
  }
}
