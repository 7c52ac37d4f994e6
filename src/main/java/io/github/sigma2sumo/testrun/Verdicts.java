package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.cases.Expectation;
import java.util.List;

/** An evaluator's result held against what a case expects, in the words reports use. */
final class Verdicts {
  private Verdicts() {}

  /** A detection rule judged event by event: {@code matched} of {@code events} matched. */
  static Judgement perEvent(String evaluator, Expectation expect, int matched, int events, List<String> explanation) {
    boolean ok;
    if (expect instanceof Expectation.Match) {
      ok = matched == events;
    } else if (expect instanceof Expectation.NoMatch) {
      ok = matched == 0;
    } else if (expect instanceof Expectation.AtLeast atLeast) {
      ok = matched >= atLeast.n();
    } else {
      ok = matched == ((Expectation.Count) expect).n();
    }
    String outcome = "matched " + matched + " of " + events + " event" + (events == 1 ? "" : "s");
    return new Judgement(evaluator, ok ? Judgement.Status.EXPECTED : Judgement.Status.UNEXPECTED, outcome,
        explanation);
  }

  /** A correlation judged on its sequence: it fired {@code firings} times. */
  static Judgement sequence(String evaluator, Expectation expect, int firings, List<String> explanation) {
    if (expect instanceof Expectation.Count || expect instanceof Expectation.AtLeast) {
      return Judgement.error(evaluator, "count: is for detection rules, judged event by event; a correlation's "
          + "windows differ between targets, so write match or no-match");
    }
    boolean ok = expect instanceof Expectation.Match == firings > 0;
    String outcome = firings == 0 ? "did not fire" : "fired" + (firings == 1 ? "" : " " + firings + " times");
    return new Judgement(evaluator, ok ? Judgement.Status.EXPECTED : Judgement.Status.UNEXPECTED, outcome,
        explanation);
  }
}
