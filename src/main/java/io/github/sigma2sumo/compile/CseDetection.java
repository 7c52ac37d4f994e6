package io.github.sigma2sumo.compile;

import java.util.List;
import java.util.Objects;

/**
 * The Cloud SIEM rule a Sigma rule becomes (reference sumo-cloud-siem.md §5.1): a match rule for a
 * detection rule; a threshold, chain or aggregation rule for a correlation. Expressions are printed
 * text that has passed the self-check; windows are in milliseconds.
 */
public sealed interface CseDetection {

  record Match(String expression) implements CseDetection {
    public Match {
      Objects.requireNonNull(expression, "expression");
    }
  }

  /** At least {@code limit} matching records, or distinct values of {@code countField} when given. */
  record Threshold(String expression, long limit, java.util.Optional<String> countField, List<String> groupBy,
      long windowMillis) implements CseDetection {
    public Threshold {
      groupBy = List.copyOf(groupBy);
    }
  }

  /** Each expression seen at least its limit of times within the window, in order when {@code ordered}. */
  record Chain(List<Link> links, boolean ordered, List<String> groupBy, long windowMillis) implements CseDetection {
    public Chain {
      links = List.copyOf(links);
      groupBy = List.copyOf(groupBy);
    }
  }

  record Link(String expression, long limit) {}

  /** Named aggregate functions over the matching records and a trigger over their names. */
  record Aggregation(String matchExpression, List<Function> functions, String trigger, List<String> groupBy,
      long windowMillis) implements CseDetection {
    public Aggregation {
      functions = List.copyOf(functions);
      groupBy = List.copyOf(groupBy);
    }
  }

  record Function(String name, String function, List<String> arguments) {
    public Function {
      arguments = List.copyOf(arguments);
    }
  }
}
