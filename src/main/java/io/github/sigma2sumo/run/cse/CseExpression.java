package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.ast.CseRule;
import io.github.sigma2sumo.cse.CseExpressionParser;
import io.github.sigma2sumo.diag.Diagnostic;
import io.github.sigma2sumo.diag.Location;
import io.github.sigma2sumo.run.cse.Explanation.Reading;
import io.github.sigma2sumo.sigma.YamlTree.YMap;
import io.github.sigma2sumo.source.LineMap;
import io.github.sigma2sumo.source.SourceFile;
import io.github.sigma2sumo.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One Cloud SIEM rule expression, prepared once and then tested against any number of records.
 * A record is a {@link YMap} of normalized schema fields with the vendor's raw keys in the map
 * {@code fields} (reference sumo-cloud-siem.md §2.2); see {@link FieldLookup} for how names are
 * read, {@link Coercions} for values and nulls, {@link NodeCompiler} for the operators and
 * {@link GlobPattern}, {@link Re2Regex} and {@link JavaRegex} for {@code LIKE}, {@code matches} and
 * {@code RLIKE}.
 *
 * <p>The expression's {@code json} clauses (docs/cse/rules/cse-rules-syntax.md "json") run first,
 * in order: each reads its source field ({@code fields}, or {@code _raw} for it) and binds one
 * alias per path ({@link JsonPath}); an alias hides a record field of the same name, and a later
 * clause may read an earlier alias. Then the condition is evaluated.
 *
 * <p>Instances are immutable and safe to share between threads. No method throws on any record:
 * what cannot be decided is an {@link Outcome.Failure}.
 */
public final class CseExpression {

  private record Extraction(Node source, JsonPath[] paths, int[] slots) {}

  private final CseRule rule;
  private final Optional<SourceFile> source;
  private final List<Extraction> extractions;
  private final Map<String, Integer> aliases;
  private final int aliasCount;
  private final Node condition;
  private volatile @Nullable Explainer explainer;

  private CseExpression(CseRule rule, Optional<SourceFile> source, List<Extraction> extractions,
      Map<String, Integer> aliases, int aliasCount, Node condition) {
    this.rule = rule;
    this.source = source;
    this.extractions = extractions;
    this.aliases = aliases;
    this.aliasCount = aliasCount;
    this.condition = condition;
  }

  /** Prepares {@code rule}, or reports every construct that cannot be evaluated. */
  public static Prepared<CseExpression> of(CseRule rule) {
    return prepare(rule, Optional.empty());
  }

  /** As {@link #of(CseRule)}, with the text the rule was parsed from, so that explanations quote it. */
  public static Prepared<CseExpression> of(CseRule rule, SourceFile source) {
    return prepare(rule, Optional.of(source));
  }

  /** Parses and prepares an expression; syntax errors are problems too. */
  public static Prepared<CseExpression> parse(SourceFile source) {
    CseExpressionParser.Result parsed = CseExpressionParser.parse(source);
    if (parsed.rule().isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      for (Diagnostic d : parsed.diagnostics()) {
        problems.add(new Problem(span(source, d.location()), d.message()));
      }
      return Prepared.failed(problems);
    }
    return of(parsed.rule().get(), source);
  }

  private static Span span(SourceFile source, Location at) {
    LineMap lines = source.lineMap();
    int start = lines.lineStart(at.line()) + at.column() - 1;
    int end = lines.lineStart(at.endLine()) + at.endColumn() - 1;
    return new Span(start, Math.max(start, end));
  }

  private static Prepared<CseExpression> prepare(CseRule rule, Optional<SourceFile> source) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> aliases = new HashMap<>();
    List<Extraction> extractions = new ArrayList<>();
    int slots = 0;
    try {
      for (CseRule.JsonClause clause : rule.jsonClauses()) {
        Node from = new NodeCompiler(problems, Map.copyOf(aliases)).compile(clause.source());
        if (clause.paths().size() != clause.aliases().size()) {
          problems.add(new Problem(clause.span(), "the json clause has " + clause.paths().size() + " path"
              + (clause.paths().size() == 1 ? "" : "s") + " and " + clause.aliases().size() + " alias"
              + (clause.aliases().size() == 1 ? "" : "es") + "; each path needs its alias"));
          continue;
        }
        JsonPath[] paths = new JsonPath[clause.paths().size()];
        int[] bound = new int[paths.length];
        for (int i = 0; i < paths.length; i++) {
          StringBuilder why = new StringBuilder();
          Optional<JsonPath> path = JsonPath.parse(clause.paths().get(i), why);
          if (path.isEmpty()) {
            problems.add(new Problem(clause.span(), why.toString()));
            continue;
          }
          paths[i] = path.get();
          bound[i] = slots;
          aliases.put(clause.aliases().get(i), slots++);
        }
        extractions.add(new Extraction(from, paths, bound));
      }
      Map<String, Integer> known = Map.copyOf(aliases);
      Node condition = new NodeCompiler(problems, known).compile(rule.condition());
      if (!problems.isEmpty()) {
        return Prepared.failed(problems);
      }
      return Prepared.of(new CseExpression(rule, source, List.copyOf(extractions), known, slots, condition));
    } catch (StackOverflowError e) {
      return Prepared.failed(List.of(new Problem(rule.span(), "the expression nests too deeply to prepare")));
    }
  }

  /** The expression as parsed. */
  public CseRule rule() {
    return rule;
  }

  /** Whether {@code record} matches; a record that cannot be decided is a failure, never an answer. */
  public Outcome test(YMap record) {
    Frame frame = new Frame(record, aliasCount);
    try {
      extract(frame);
      return Outcome.of(Coercions.truth(condition.eval(frame), rule.condition().span()));
    } catch (EvaluationError e) {
      return new Outcome.Failure(e.problem());
    } catch (StackOverflowError e) {
      return new Outcome.Failure(new Problem(rule.span(), "the expression nests too deeply to evaluate"));
    } catch (RuntimeException e) {
      return new Outcome.Failure(new Problem(rule.span(), "internal error while evaluating (please report it): " + e));
    }
  }

  /** {@link #test}, and why: the truth of each part of the condition and the values it read. */
  public Explanation explain(YMap record) {
    Outcome outcome = test(record);
    Frame frame = new Frame(record, aliasCount);
    List<Reading> extracted = new ArrayList<>();
    try {
      extract(frame);
      for (Map.Entry<String, Integer> alias : aliases.entrySet()) {
        extracted.add(new Reading(alias.getKey(), Coercions.show(frame.aliases[alias.getValue()])));
      }
      extracted.sort(java.util.Comparator.comparing(Reading::field));
      return new Explanation(outcome, extracted, explainer().explain(frame));
    } catch (EvaluationError e) {
      return new Explanation(outcome, extracted, failedTerm(e.getMessage()));
    } catch (StackOverflowError | RuntimeException e) {
      return new Explanation(outcome, extracted, failedTerm("the explanation could not be made: " + e));
    }
  }

  private Explanation.Term failedTerm(String message) {
    return new Explanation.Term(Explanation.Kind.PREDICATE, rule.condition().span(), "", Explanation.Truth.FAILED,
        Optional.of(message), List.of(), List.of());
  }

  private Explainer explainer() {
    Explainer e = explainer;
    if (e == null) {
      e = new Explainer(rule.condition(), aliases, source);
      explainer = e;
    }
    return e;
  }

  /** The condition's value for a record (for expressions used as values); raises {@link EvaluationError}. */
  @Nullable Object value(YMap record) {
    Frame frame = new Frame(record, aliasCount);
    try {
      extract(frame);
      return condition.eval(frame);
    } catch (StackOverflowError e) {
      throw new EvaluationError(rule.span(), "the expression nests too deeply to evaluate");
    } catch (EvaluationError e) {
      throw e;
    } catch (RuntimeException e) {
      throw new EvaluationError(rule.span(), "internal error while evaluating (please report it): " + e);
    }
  }

  private void extract(Frame frame) {
    for (Extraction x : extractions) {
      Object from = x.source().eval(frame);
      for (int i = 0; i < x.paths().length; i++) {
        frame.aliases[x.slots()[i]] = x.paths()[i].find(from);
      }
    }
  }
}
