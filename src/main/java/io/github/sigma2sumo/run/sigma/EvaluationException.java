package io.github.sigma2sumo.run.sigma;

/**
 * An event on which a rule cannot be judged: a regular expression that exceeds its step budget,
 * a field item asked of a raw line, an event nested too deeply. Checked, so that a caller of
 * {@link SigmaEvaluator#matches} cannot mistake it for a non-match.
 */
public final class EvaluationException extends Exception {
  public EvaluationException(String message) {
    super(message, null, false, false);
  }
}
