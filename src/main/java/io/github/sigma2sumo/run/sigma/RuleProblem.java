package io.github.sigma2sumo.run.sigma;

/**
 * Why a detection item cannot be evaluated: a modifier that does not apply to its value, a
 * construct that is not evaluated, a placeholder without values. Raised while an evaluator is
 * built, turned into a diagnostic at the item's key; never escapes the package.
 */
final class RuleProblem extends Exception {
  RuleProblem(String message) {
    super(message, null, false, false);
  }
}
