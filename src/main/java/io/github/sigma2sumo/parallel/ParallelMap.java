package io.github.sigma2sumo.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on every core, one item at a time, keeping the list's order: each thread takes the
 * next item when it is done with its last, so slow items do not leave cores idle at the end.
 *
 * <p>A parallel stream splits a list up front into about four pieces per worker of the common pool
 * (its leaf size is the size divided by four times the pool's parallelism). On a two-core machine
 * the pool has one worker, so a corpus of 3,144 rules went in pieces of 786, and the last piece
 * ran on one core for a quarter of a second while the other waited.
 *
 * <p>The helpers are {@link Workers}' threads, whose stacks are as large as deep input needs.
 */
public final class ParallelMap {
  private ParallelMap() {}

  /** A helper's task, and whether it has started (or been kept from starting). */
  private record Helper(AtomicBoolean started, Future<?> future) {}

  /**
   * {@code function} applied to each item, on the caller's thread and the helper threads, in the
   * items' order. What the function throws is thrown here once every thread has stopped.
   */
  public static <T, R> List<R> map(List<T> list, Function<? super T, ? extends R> function) {
    List<T> items = list instanceof RandomAccess ? list : new ArrayList<>(list); // taken by index
    int size = items.size();
    Object[] results = new Object[size];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      try {
        for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
          results[i] = function.apply(items.get(i));
        }
      } catch (RuntimeException | Error e) {
        next.set(size); // the others stop at their next item
        throw e;
      }
    };
    List<Helper> helpers = new ArrayList<>();
    for (int h = Math.min(Workers.HELPERS, size - 1); h > 0; h--) {
      AtomicBoolean started = new AtomicBoolean();
      helpers.add(new Helper(started, Workers.pool().submit(() -> {
        if (started.compareAndSet(false, true)) {
          work.run();
        }
      })));
    }
    Throwable failure = null;
    try {
      work.run();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    for (Helper helper : helpers) {
      // a helper that has not started has no item left to take: every item is taken when the
      // caller's run ends. Keeping it from starting instead of waiting for it matters when a map
      // runs inside another's helper, as the new helper then queues behind the one that waits
      if (helper.started().compareAndSet(false, true)) {
        continue;
      }
      Throwable thrown = outcome(helper.future());
      if (failure == null) {
        failure = thrown;
      }
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<R> mapped = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    return mapped;
  }

  /** What a helper that ran threw, or null; waiting for it also makes what it wrote visible here. */
  private static Throwable outcome(Future<?> helper) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          helper.get();
          return null;
        } catch (ExecutionException e) {
          return e.getCause();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
