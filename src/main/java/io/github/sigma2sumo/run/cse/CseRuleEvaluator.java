package io.github.sigma2sumo.run.cse;

import io.github.sigma2sumo.sigma.YamlTree.YNode;
import io.github.sigma2sumo.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Cloud SIEM rule ready to run over timestamped records: read from the body the REST API takes
 * ({@link #fromApiBody}; see {@link RuleBodyReader} for what is checked), then run as its type
 * says ({@link MatchRule}, {@link ThresholdRule}, {@link ChainRule}, {@link AggregationRule}; the
 * window semantics are in {@link RuleLogic}, the grouping by entity in {@link Grouping}).
 *
 * <p>Immutable and safe to share; {@link #run} keeps its state per call and never throws.
 */
public final class CseRuleEvaluator {

  private final String name;
  private final RuleLogic logic;

  CseRuleEvaluator(String name, RuleLogic logic) {
    this.name = Objects.requireNonNull(name, "name");
    this.logic = Objects.requireNonNull(logic, "logic");
  }

  /**
   * The rule of one entry of a {@code pack --format cse-rules} file ({@code {"type", "endpoint",
   * "fields"}}), or every problem that stops it from running, each naming its key.
   */
  public static Prepared<CseRuleEvaluator> fromApiBody(YNode body) {
    try {
      return new RuleBodyReader().read(body);
    } catch (StackOverflowError e) {
      return Prepared.failed(List.of(new Problem(body.span(), "the rule nests too deeply to read")));
    }
  }

  /** The rule's name ({@code fields.name}), or empty. */
  public String name() {
    return name;
  }

  /** match, threshold, chain or aggregation. */
  public String type() {
    return logic.type();
  }

  /**
   * The rule's record expressions by their key in the body ({@code expression},
   * {@code expressionsAndLimits[1].expression}, {@code matchExpression}), as {@link
   * Verdict#matches()} names them, in order; for {@code --explain}.
   */
  public Map<String, CseExpression> expressions() {
    return logic.expressions();
  }

  /** Runs the rule over {@code records} (in any order: they are taken in time order). */
  public Verdict run(List<TimedRecord> records) {
    RuleRun run = new RuleRun(records, List.copyOf(logic.expressions().keySet()));
    try {
      logic.run(run);
    } catch (EvaluationError e) {
      run.fail(-1, "rule", e.problem());
    } catch (RuntimeException | StackOverflowError e) {
      run.fail(-1, "rule", new Problem(Span.SYNTHETIC, "internal error while running the rule (please report it): "
          + e));
    }
    return run.verdict(logic.type());
  }
}
