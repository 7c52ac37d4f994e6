package io.github.sigma2sumo.testrun;

import io.github.sigma2sumo.cases.TestCase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A test case run: the rule it found ({@code ruleTitle}), each evaluator's judgement, or the error
 * that kept the case from running at all (a rule that no input holds). A case passes when no
 * evaluator gave an unexpected result or an error, and at least one ran.
 */
public record CaseResult(TestCase testCase, String ruleTitle, List<Judgement> judgements, Optional<String> error) {

  public CaseResult {
    Objects.requireNonNull(testCase, "testCase");
    Objects.requireNonNull(ruleTitle, "ruleTitle");
    judgements = List.copyOf(judgements);
    Objects.requireNonNull(error, "error");
  }

  static CaseResult failed(TestCase testCase, String why) {
    return new CaseResult(testCase, "", List.of(), Optional.of(why));
  }

  public boolean passed() {
    return error.isEmpty() && judgements.stream().anyMatch(j -> j.status() == Judgement.Status.EXPECTED)
        && judgements.stream().allMatch(j -> j.status() == Judgement.Status.EXPECTED
            || j.status() == Judgement.Status.SKIPPED);
  }
}
