package io.github.sigma2sumo.lint.checks;

import io.github.sigma2sumo.ast.Query;
import io.github.sigma2sumo.ast.Stage;
import io.github.sigma2sumo.diag.Fix;
import io.github.sigma2sumo.diag.Severity;
import io.github.sigma2sumo.lint.AbstractCheck;
import io.github.sigma2sumo.lint.QueryWalk;
import io.github.sigma2sumo.lint.Reporter;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.sumo.SumoCatalog;
import io.github.sigma2sumo.sumo.parser.QueryParser;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operators of Splunk SPL, KQL and the Sumo metrics language written in a log search: {@code eval},
 * {@code stats}, {@code table}, {@code rename}, {@code search}, {@code head}, {@code rex},
 * {@code spath}... None is in the operator index (docs search-operators/index.md) or the log
 * operators cheat sheet; see docs/checks/foreign-operator.md.
 *
 * <p>Two have a certain fix: {@code stats <aggregates> [by ...]} is the Sumo aggregation without
 * the word, and {@code eval x = e} is Sumo's {@code e as x} (docs: "Search Operators" >
 * "as", and the aggregation pages). Either fix is offered as certain only when the rewritten stage
 * parses as that Sumo stage and nothing else: an aggregation of Sumo aggregates, one expression
 * assigned to that one name.
 */
public final class ForeignOperator extends AbstractCheck {
  private static final Pattern ASSIGNMENT = Pattern.compile("(?s)\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)\\s*(.+?)\\s*");

  public ForeignOperator() {
    super("foreign-operator", Severity.ERROR, "operator from another query language (eval, stats, table, ...)");
  }

  @Override
  public void check(QueryWalk walk, Reporter out) {
    for (Stage stage : walk.stages()) {
      if (stage instanceof Stage.Other other) {
        SumoCatalog.foreignOperator(other.operator()).ifPresent(advice -> out.report(other.span(),
            "'" + other.operator() + "' is not a Sumo Logic log-search operator",
            certainFix(other, out.text(other.span())).orElse(Fix.describe(advice))));
      }
    }
  }

  private static Optional<Fix> certainFix(Stage.Other other, String text) {
    String operator = other.operator().toLowerCase(Locale.ROOT);
    if (!text.regionMatches(true, 0, other.operator(), 0, other.operator().length())) {
      return Optional.empty();
    }
    String rest = text.substring(other.operator().length()).strip();
    if (operator.equals("stats") && !rest.isEmpty()) {
      return parsedStage(rest).filter(s -> s instanceof Stage.Aggregate a && a.calls().stream()
          .allMatch(c -> SumoCatalog.aggregate(c.function()).isPresent()))
          .map(s -> Fix.certain("drop the word stats", rest));
    }
    Matcher m = ASSIGNMENT.matcher(rest);
    if (operator.equals("eval") && m.matches()) {
      String rewritten = m.group(2) + " as " + m.group(1);
      return parsedStage(rewritten).filter(s -> s instanceof Stage.Assign a && a.alias().equals(Optional.of(m.group(1)))
          && a.value().span().length() == m.group(2).codePointCount(0, m.group(2).length()))
          .map(s -> Fix.certain("assign with as", rewritten));
    }
    return Optional.empty();
  }

  /** The one stage {@code text} is, when it parses without a finding as a stage of its own. */
  private static Optional<Stage> parsedStage(String text) {
    QueryParser.Result parsed = QueryParser.parse(SourceFile.of("fix", "* | " + text));
    if (!parsed.diagnostics().isEmpty() || parsed.query().isEmpty()) {
      return Optional.empty();
    }
    Query query = parsed.query().get();
    return query.stages().size() == 1 ? Optional.of(query.stages().get(0)) : Optional.empty();
  }
}
