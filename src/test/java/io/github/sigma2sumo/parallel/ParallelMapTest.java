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
}
