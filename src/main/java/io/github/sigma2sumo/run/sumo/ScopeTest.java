package io.github.sigma2sumo.run.sumo;

/** A prepared scope term: whether one message is in scope. It reads the message alone. */
@FunctionalInterface
interface ScopeTest {
  boolean test(MessageMemo message);
}
