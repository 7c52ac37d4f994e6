package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.render.TextRenderer;
import io.github.sigma2sumo.lint.policy.LintConfig;
import io.github.sigma2sumo.lint.policy.LintConfigLoader;
import io.github.sigma2sumo.source.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --config FILE} and {@code --no-config}: the project's {@code .sigma2sumo.yml}, found in the
 * working directory or the nearest folder above it unless one is named or none is wanted. Problems
 * in it are printed as findings on standard error; an error stops the run (exit 2).
 */
final class ConfigOptions {
  private ConfigOptions() {}

  static void addTo(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("--config").paramLabel("FILE").type(String.class)
        .description("Settings file (default: " + LintConfig.FILE_NAME + " in the working directory or the nearest "
            + "folder above it).").build());
    spec.addOption(CommandModels.flag("--no-config", "Use no settings file, even if one is found."));
  }

  /** The settings in force, or empty when they could not be read (already reported on {@code err}). */
  static Optional<LintConfig> load(CommandSpec spec, Collection<String> checks, PrintWriter err) {
    Path cwd = Path.of("").toAbsolutePath();
    if (CommandModels.given(spec, "--no-config")) {
      return Optional.of(LintConfig.none(cwd));
    }
    String named = CommandModels.value(spec, "--config");
    Optional<Path> file = named != null ? Optional.of(Path.of(named)) : LintConfigLoader.find(cwd);
    if (file.isEmpty()) {
      return Optional.of(LintConfig.none(cwd));
    }
    String name = named != null ? named : displayName(cwd, file.get());
    Inputs read = Inputs.read(List.of(file.get().toString()), List.of(), System.in);
    if (!read.unreadable.isEmpty()) {
      read.unreadable.forEach(u -> err.println(name + ": error: " + u.reason()));
      return Optional.empty();
    }
    SourceFile source = SourceFile.of(name, read.sources.get(0).text());
    LintConfigLoader.Loaded loaded = LintConfigLoader.load(source, file.get(), checks);
    if (!loaded.problems().isEmpty()) {
      List<Diagnostic> problems = loaded.problems();
      err.print(TextRenderer.render(problems, Map.of(name, source)));
    }
    return loaded.failed() ? Optional.empty() : Optional.of(loaded.config());
  }

  private static String displayName(Path cwd, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }
}
