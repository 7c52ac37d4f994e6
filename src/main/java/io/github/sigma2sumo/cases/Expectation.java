package io.github.sigma2sumo.cases;

/**
 * What a rule must do with a case's events. For a detection rule each event is judged on its own:
 * {@link Match} wants every event to match, {@link NoMatch} none, {@link Count} exactly that many.
 * For a correlation the events are one sequence: {@link Match} wants it to fire, {@link NoMatch}
 * not to, and {@link Count} that many firings.
 */
public sealed interface Expectation {

  record Match() implements Expectation {
    @Override
    public String toString() {
      return "match";
    }
  }

  record NoMatch() implements Expectation {
    @Override
    public String toString() {
      return "no match";
    }
  }

  record Count(int n) implements Expectation {
    public Count {
      if (n < 0) {
        throw new IllegalArgumentException("a count is not negative");
      }
    }

    @Override
    public String toString() {
      return n + " match" + (n == 1 ? "" : "es");
    }
  }

  record AtLeast(int n) implements Expectation {
    public AtLeast {
      if (n < 0) {
        throw new IllegalArgumentException("a count is not negative");
      }
    }

    @Override
    public String toString() {
      return "at least " + n + " match" + (n == 1 ? "" : "es");
    }
  }
}
