package io.github.sigma2sumo.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results in the items' order, each item mapped once, failures thrown after every thread stops. */
class ParallelMapTest {

  @Test
  void resultsKeepTheItemsOrderAndEachItemIsMappedOnce() {
    List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
    AtomicInteger calls = new AtomicInteger();
    List<String> out = ParallelMap.map(items, i -> {
      calls.incrementAndGet();
      if (i % 97 == 0) { // a few slow items, as a corpus has
        busy(200_000);
      }
      return "#" + i;
    });
    assertThat(out).isEqualTo(items.stream().map(i -> "#" + i).toList());
    assertThat(calls).hasValue(items.size());
  }

  @Test
  void emptySingleAndLinkedLists() {
    assertThat(ParallelMap.map(List.<String>of(), String::length)).isEmpty();
    assertThat(ParallelMap.map(List.of("abc"), String::length)).containsExactly(3);
    assertThat(ParallelMap.map(new java.util.LinkedList<>(List.of("a", "bb", "ccc")), String::length))
        .containsExactly(1, 2, 3);
  }

  @Test
  void theCallingThreadTakesItemsToo() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ParallelMap.map(IntStream.range(0, 2_000).boxed().toList(), i -> {
      threads.add(Thread.currentThread().getName());
      busy(20_000);
      return i;
    });
    assertThat(threads).contains(Thread.currentThread().getName());
  }

  @Test
  void aFailureIsThrownAndTheOtherItemsStop() {
    AtomicInteger calls = new AtomicInteger();
    List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
    assertThatThrownBy(() -> ParallelMap.map(items, i -> {
      calls.incrementAndGet();
      if (i == 10) {
        throw new IllegalStateException("item 10");
      }
      return i;
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("item 10");
    assertThat(calls.get()).isLessThan(items.size());
    assertThatThrownBy(() -> ParallelMap.map(List.of(1), i -> {
      throw new StackOverflowError("deep");
    })).isInstanceOf(StackOverflowError.class);
  }

  private static void busy(int rounds) {
    double x = 0;
    for (int r = 0; r < rounds; r++) {
      x += Math.sqrt(r);
    }
    if (x < 0) {
      throw new AssertionError();
    }
  }

  @Test
  void aMapInsideAnotherMapsFunctionDoesNotWaitForItsQueuedHelpers() {
    List<Integer> outer = IntStream.range(0, 64).boxed().toList();
    List<Integer> sums = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> ParallelMap.map(outer, i -> ParallelMap.map(IntStream.range(0, 200).boxed().toList(), j -> i + j)
            .stream().mapToInt(Integer::intValue).sum()));
    assertThat(sums).isEqualTo(outer.stream().map(i -> 200 * i + 199 * 100).toList());
  }

  @Test
  void workersAndTheHelpersOfTheirMapsHaveDeepStacks() {
    // about 300,000 frames: well past the JVM's default stack of 1 MB, and the tests' -Xss8m
    List<Integer> depths = IntStream.range(0, 8).map(i -> 300_000).boxed().toList();
    List<Integer> reached = new java.util.ArrayList<>();
    Workers.run(() -> reached.addAll(ParallelMap.map(depths, ParallelMapTest::recurse)));
    assertThat(reached).isEqualTo(depths);
  }

  @Test
  void workersRethrowWhatTheTaskThrows() {
    assertThatThrownBy(() -> Workers.run(() -> {
      throw new IllegalStateException("in the worker");
    })).isInstanceOf(IllegalStateException.class).hasMessage("in the worker");
    assertThatThrownBy(() -> Workers.run(() -> {
      throw new AssertionError("an error");
    })).isInstanceOf(AssertionError.class).hasMessage("an error");
  }

  private static int recurse(int depth) {
    return depth == 0 ? 0 : 1 + recurse(depth - 1);
  }
}
