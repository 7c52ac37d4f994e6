package io.github.sigma2sumo.cli;

import io.github.sigma2sumo.content.ContentExports;
import io.github.sigma2sumo.content.ContentQuery;
import io.github.sigma2sumo.content.CseTexts;
import io.github.sigma2sumo.content.EmbeddedFindings;
import io.github.sigma2sumo.content.JsonDocument;
import io.github.sigma2sumo.content.TerraformContent;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.emit.JsonEscape;
import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.CseLintRunner;
import io.github.sigma2sumo.lint.LintRunner;
import io.github.sigma2sumo.lint.policy.LintConfig;
import io.github.sigma2sumo.lint.policy.LintPolicy;
import io.github.sigma2sumo.lint.policy.Suppression;
import io.github.sigma2sumo.lint.policy.SuppressionComments;
import io.github.sigma2sumo.source.LineMap;
import io.github.sigma2sumo.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lints the queries of a content export ({@link ContentExports}): each log query as a {@code .sumo}
 * file would be, each Cloud SIEM text in its context ({@link CseTexts}), their findings moved into
 * the export ({@link EmbeddedFindings}).
 */
final class ContentLint {
  static final String SYNTAX = JsonDocument.SYNTAX;

  private ContentLint() {}

  /** What is wrong with a sigma2sumo-ignore value: no check, an unknown one, no reason. */
  private static List<Diagnostic> keyProblems(ContentQuery.Ignore key, SourceFile host) {
    Optional<Suppression> s = SuppressionComments.ofValue(key.value());
    List<String> problems = new ArrayList<>();
    List<String> known = LintCommand.checkIds();
    if (s.isEmpty() || s.get().checks().isEmpty()) {
      problems.add("this sigma2sumo-ignore names no check: write \"check-name reason\"");
    } else {
      for (String check : s.get().checks()) {
        if (!known.contains(check)) {
          problems.add("the sigma2sumo-ignore names '" + check + "', which is no check"
              + io.github.sigma2sumo.diag.Suggestions.closest(check, known).map(c -> " (did you mean '" + c + "'?)")
                  .orElse("") + "; it silences nothing");
        } else if (LintConfig.ALWAYS_REPORTED.contains(check)) {
          problems.add("'" + check + "' findings cannot be suppressed: fix the query");
        }
      }
      if (s.get().reason().isEmpty()) {
        problems.add("the sigma2sumo-ignore gives no reason: say why after the check names, for the next reader");
      }
    }
    LineMap lines = host.lineMap();
    int at = key.place().hostOffset(0);
    Location location = new Location(host.name(), lines.line(at), lines.column(at), lines.line(at), lines.column(at));
    return problems.stream().map(p -> new Diagnostic(LintPolicy.CHECK, Severity.WARNING, p, location,
        Optional.<io.github.sigma2sumo.diag.Fix>empty())).toList();
  }


  /** What linting one export found beyond its findings; {@code notContent} says why a file was skipped. */
  record Result(int queries, int skippedQueries, int suppressed, Optional<String> notContent) {}

  static LintCommand.FileLint lint(SourceFile host, LintRunner runner, CseLintRunner cse, boolean honourComments) {
    boolean terraform = host.name().endsWith(".tf");
    JsonDocument.Parsed parsed = terraform ? TerraformContent.read(host.text()) : JsonDocument.parse(host.text());
    if (parsed.malformed().isPresent()) {
      JsonDocument.Malformed m = parsed.malformed().get();
      LineMap lines = host.lineMap();
      int at = host.text().codePointCount(0, Math.min(m.offset(), host.text().length()));
      Location location = new Location(host.name(), lines.line(at), lines.column(at), lines.line(at),
          lines.column(at) + 1);
      return new LintCommand.FileLint(host, Optional.empty(), List.of(new Diagnostic(terraform
          ? TerraformContent.SYNTAX : SYNTAX, Severity.ERROR, (terraform ? "cannot read the Terraform file: "
          : "not well-formed JSON: ") + m.message(), location, Optional.empty())), Optional.of(new Result(0, 0, 0,
          Optional.empty())));
    }
    ContentExports.Found found = parsed.found().orElseThrow();
    if (!found.recognized()) {
      return new LintCommand.FileLint(host, Optional.empty(), List.of(), Optional.of(new Result(0, 0, 0,
          Optional.of(terraform ? "holds no Sumo Logic resource that has a query"
              : "holds no Sumo Logic content (no dashboard, saved search, folder, monitor or Cloud SIEM rule)"))));
    }
    List<Diagnostic> findings = new ArrayList<>();
    int suppressed = 0;
    java.util.Map<Integer, ContentQuery.Ignore> keys = new java.util.TreeMap<>();
    for (ContentQuery q : found.queries()) {
      SourceFile query = SourceFile.of(host.name(), q.text().text());
      boolean search = q.language() == ContentQuery.Language.SEARCH;
      List<Diagnostic> raw = new ArrayList<>(search ? runner.lint(query) : CseTexts.lint(query, q, cse));
      q.ignores().forEach(i -> keys.putIfAbsent(i.place().hostOffset(0), i));
      if (honourComments) {
        List<Suppression> silencing = q.ignores().stream().map(i -> SuppressionComments.ofValue(i.value()))
            .flatMap(Optional::stream).toList();
        int before = raw.size();
        raw.removeIf(d -> !LintConfig.ALWAYS_REPORTED.contains(d.checkId())
            && silencing.stream().anyMatch(x -> x.covers(d.checkId(), d.location().line())));
        suppressed += before - raw.size();
      }
      EmbeddedFindings.Mapped mapped = EmbeddedFindings.map(raw, query, q, host, search
          ? SuppressionComments.Language.SEARCH : SuppressionComments.Language.CSE, honourComments,
          terraform ? Optional.empty() : Optional.of(text -> JsonEscape.escape(text, false)));
      findings.addAll(mapped.findings());
      suppressed += mapped.suppressed();
    }
    keys.values().forEach(k -> findings.addAll(keyProblems(k, host)));
    return new LintCommand.FileLint(host, Optional.empty(), findings, Optional.of(new Result(found.queries().size(),
        found.skipped(), suppressed, Optional.empty())));
  }
}
