package io.github.sigma2sumo.run.cse;

import java.util.Map;

/**
 * What one type of Cloud SIEM rule does with records in time order: a match rule signals on each
 * record, the others count what happens within a time window. Sliding windows: the docs
 * (docs/cse/rules/write-threshold-rule.md, "Duplicate Signals?") say Cloud SIEM applies these rules
 * "across a sliding time window", evaluating overlapping spans so that matches split across fixed
 * windows still count. Decided here where they are silent:
 * <ul>
 *   <li>A window of length W holds records whose times differ by less than W: records exactly W
 *       apart are not in one window (half-open, as overlapping evaluation windows [start, start+W)
 *       are).
 *   <li>The rule is checked when each record arrives, over the records of its group within the
 *       window that ends with it.
 *   <li>Once a group fires, the records that made the signal are used up and the group starts again
 *       with the next record: the docs say duplicate signals of overlapping windows are suppressed,
 *       and this gives one signal per distinct set of records.
 * </ul>
 */
sealed interface RuleLogic permits MatchRule, ThresholdRule, ChainRule, AggregationRule {

  /** The rule type as the pack names it: match, threshold, chain or aggregation. */
  String type();

  /** The rule's record expressions by their key in the body, in order. */
  Map<String, CseExpression> expressions();

  void run(RuleRun run);
}
