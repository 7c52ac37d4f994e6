package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.sigma.ForeignYaml;
import io.github.sigma2sumo.source.SourceFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --exclude}, {@code --allow-empty} and {@code --verbose}, shared by the commands that read
 * inputs, and the reading itself: unreadable inputs and notices go to standard error, and a YAML
 * file found by walking a folder that is plainly no Sigma file ({@link ForeignYaml}: a workflow, a
 * pipeline) is left out, with a note under {@code --verbose}. Named on its own, such a file is read
 * and its loading says what it is.
 */
final class InputOptions {
  private InputOptions() {}

  static void addTo(CommandSpec spec) {
    spec.addOption(CommandModels.repeatable("GLOB", "Leave out files and folders that match GLOB when walking a "
        + "directory (a glob with '/' is matched against the path below the directory, one without against "
        + "each name); repeatable. Hidden folders (.git, .github) are always left out.", "--exclude"));
    spec.addOption(CommandModels.flag("--allow-empty",
        "Succeed when the inputs hold nothing to work on (by default that is a usage error, exit 2)."));
    spec.addOption(CommandModels.flag("--verbose", "Also say which files were skipped and why."));
    spec.addOption(CommandModels.flag("--skip-foreign-yaml", "Skip YAML files that are plainly not Sigma rules "
        + "(a workflow, a pipeline) even when named, as when walking a folder: for hooks that pass every changed "
        + "file."));
  }

  /** Reads {@code paths}, reporting on {@code err} what could not be read and what was skipped. */
  static Inputs read(CommandSpec spec, List<String> paths, List<String> extensions, PrintWriter err) {
    return read(spec, paths, extensions, err, source -> false);
  }

  /** As {@link #read}, keeping the files {@code wanted} accepts even when they are no Sigma files. */
  static Inputs read(CommandSpec spec, List<String> paths, List<String> extensions, PrintWriter err,
      java.util.function.Predicate<SourceFile> wanted) {
    return read(spec, paths, extensions, err, wanted, List.of());
  }

  /** As {@link #read}, also leaving out what {@code moreExcludes} (a settings file's) match. */
  static Inputs read(CommandSpec spec, List<String> paths, List<String> extensions, PrintWriter err,
      java.util.function.Predicate<SourceFile> wanted, List<String> moreExcludes) {
    List<String> excludes = new ArrayList<>(CommandModels.values(spec, "--exclude"));
    excludes.addAll(moreExcludes);
    Inputs inputs = Inputs.read(paths, extensions, System.in, excludes);
    inputs.unreadable.forEach(u -> err.println(u.name() + ": error: " + u.reason()));
    inputs.notices.forEach(n -> err.println("note: " + n));
    boolean verbose = CommandModels.given(spec, "--verbose");
    List<SourceFile> kept = new ArrayList<>();
    for (SourceFile source : inputs.sources) {
      boolean skippable = inputs.walked.contains(source.name()) || CommandModels.given(spec, "--skip-foreign-yaml");
      Optional<String> foreign = skippable && isYaml(source.name()) && !wanted.test(source)
          ? ForeignYaml.reason(source) : Optional.empty();
      if (foreign.isEmpty()) {
        kept.add(source);
      } else if (verbose) {
        err.println("note: " + source.name() + ": skipped, not a Sigma rule: " + foreign.get());
      }
    }
    inputs.sources.clear();
    inputs.sources.addAll(kept);
    return inputs;
  }

  /**
   * When nothing was found to work on and {@code --allow-empty} was not given, says so on
   * {@code err} and returns true: the run must fail, since an empty pack applied by Terraform would
   * delete every rule it manages, and an empty run usually means a wrong path.
   */
  static boolean refuseEmpty(CommandSpec spec, List<String> paths, String nothing, PrintWriter err) {
    if (CommandModels.given(spec, "--allow-empty")) {
      return false;
    }
    err.println("error: " + nothing + " in " + String.join(", ", paths)
        + " (--allow-empty accepts this)");
    return true;
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yml") || name.endsWith(".yaml");
  }
}
