package io.github.sigma2sumo.lint.policy;

import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.diag.Suggestions;
import io.github.sigma2sumo.source.SourceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link LintConfig} and the files' inline suppressions to the findings of a run: checks
 * not selected, ignored or turned off are dropped, severities are changed, per-file ignores and
 * suppression comments silence findings (all but {@link LintConfig#ALWAYS_REPORTED}). A suppression
 * that names no check, names a check that does not exist, or gives no reason is itself a finding of
 * check {@value #CHECK}, a warning, so a suppression is never silently wrong.
 */
public final class LintPolicy {
  private LintPolicy() {}

  /** The check id of findings about suppression comments. */
  public static final String CHECK = "suppression";

  /** What a run reports, and how many findings comments silenced. */
  public record Applied(List<Diagnostic> reported, int suppressed) {}

  /** A linted file and the language its comments are in. */
  public record Input(SourceFile source, SuppressionComments.Language language) {}

  public static Applied apply(List<Diagnostic> findings, Collection<Input> inputs, LintConfig config,
      boolean honourComments, Collection<String> checks) {
    Map<String, List<Suppression>> byFile = new HashMap<>();
    List<Diagnostic> reported = new ArrayList<>();
    for (Input input : inputs) {
      List<Suppression> suppressions = new ArrayList<>();
      for (SuppressionComments.Found f : SuppressionComments.find(input.source(), input.language())) {
        suppressions.add(f.suppression());
        problems(f, input.source().name(), checks).forEach(reported::add);
      }
      byFile.put(input.source().name(), suppressions);
    }
    int suppressed = 0;
    List<Diagnostic> all = new ArrayList<>(findings);
    all.addAll(reported);
    reported.clear();
    for (Diagnostic d : all) {
      String check = d.checkId();
      if (!config.reports(check) || config.ignoredIn(d.location().file(), check)) {
        continue;
      }
      boolean silenced = !LintConfig.ALWAYS_REPORTED.contains(check) && !check.equals(CHECK)
          && byFile.getOrDefault(d.location().file(), List.of()).stream()
              .anyMatch(s -> s.covers(check, d.location().line()));
      if (silenced && honourComments) {
        suppressed++;
        continue;
      }
      Severity severity = config.severity(check, d.severity());
      reported.add(severity == d.severity() ? d
          : new Diagnostic(check, severity, d.message(), d.location(), d.fix()));
    }
    reported.sort(Diagnostic.ORDER);
    return new Applied(reported, suppressed);
  }

  private static List<Diagnostic> problems(SuppressionComments.Found f, String file, Collection<String> checks) {
    Location at = new Location(file, f.commentLine(), f.commentColumn(), f.commentLine(), f.commentColumn());
    List<Diagnostic> out = new ArrayList<>();
    if (f.checks().isEmpty()) {
      out.add(warning(at, "this suppression names no check: write 'sigma2sumo-ignore: check-name reason'"));
    }
    for (String check : f.checks()) {
      if (!checks.contains(check)) {
        out.add(warning(at, "the suppression names '" + check + "', which is no check"
            + Suggestions.closest(check, checks).map(c -> " (did you mean '" + c + "'?)").orElse("")
            + "; it silences nothing"));
      } else if (LintConfig.ALWAYS_REPORTED.contains(check)) {
        out.add(warning(at, "'" + check + "' findings cannot be suppressed: fix the file"));
      }
    }
    if (!f.checks().isEmpty() && f.reason().isEmpty()) {
      out.add(warning(at, "the suppression gives no reason: say why after the check names, for the next reader"));
    }
    if (f.line() < 0 && !f.directive().wholeFile()) {
      out.add(warning(at, "the suppression is followed by no line to apply to"));
    }
    return out;
  }

  private static Diagnostic warning(Location at, String message) {
    return new Diagnostic(CHECK, Severity.WARNING, message, at, java.util.Optional.empty());
  }
}
