/**
 * A Cloud SIEM rule evaluator: the third judge of {@code sigma2sumo test}, which runs a compiled
 * Cloud SIEM rule on the normalized records Cloud SIEM would build and reports which records made a
 * signal.
 *
 * <p>Two layers. {@link io.github.sigma2sumo.run.cse.CseExpression} prepares one rule expression
 * (an {@link io.github.sigma2sumo.ast.CseRule} from the CSE parser) once, into a tree of evaluation
 * nodes with its regexes compiled and its constants converted, and then tests records: maps of
 * schema fields with the vendor's raw keys under {@code fields}. {@link
 * io.github.sigma2sumo.run.cse.CseRuleEvaluator} reads a rule as the Cloud SIEM REST API takes it
 * (the entries that {@code pack --format cse-rules} writes: match, threshold, chain and aggregation)
 * and runs it over a sequence of timestamped records.
 *
 * <p>Semantics come from the Sumo Logic documentation (SumoLogic/sumologic-documentation:
 * docs/cse/rules/cse-rules-syntax.md, write-threshold-rule.md, write-chain-rule.md,
 * write-aggregation-rule.md, about-cse-rules.md), from the way Sumo's own built-in rules are
 * written (SumoLogic/cloud-siem-content-catalog, audit/rules.json) and from the project's reference
 * sumo-cloud-siem.md; never from the compiler, whose packages this one does not import. Every choice
 * the documentation leaves open is stated in the Javadoc of the class that makes it and pinned by a
 * test. What is not evaluated here is an error naming the construct, never a silent answer.
 */
@NullMarked
package io.github.sigma2sumo.run.cse;

import org.jspecify.annotations.NullMarked;
