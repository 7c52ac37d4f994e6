package io.github.sigma2sumo.parallel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that do sigma2sumo's work, each with a stack of {@link #STACK_BYTES}: the command
 * itself ({@link #run}) and one helper per further core ({@link #pool}).
 *
 * <p>The parsers refuse input that nests deeper than their limits (200 levels of parentheses,
 * 5,000 arithmetic operators), and walking a tree that deep recursively takes a few megabytes of
 * stack. The JVM's default is 1 MB whatever the launch ({@code java -jar} takes no {@code -Xss}), and
 * a tree walk overflowed it at about 1,300 operators. Sizing the stacks here keeps the limits true
 * however the JVM was started. The size is only reserved: pages are committed as a deep input
 * touches them.
 */
public final class Workers {
  private Workers() {}

  /** Stack size of every worker thread. */
  public static final long STACK_BYTES = 64L << 20;

  /** Helper threads beyond the caller's own: one per further core. */
  static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

  private static final class Pool {
    /** Started when first needed; daemon threads, so they never keep the JVM alive. */
    static final ExecutorService EXECUTOR = new ThreadPoolExecutor(HELPERS, HELPERS, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), task -> thread(task, "sigma2sumo-worker"));
  }

  /** The helpers' executor; not to be used on a machine with one core ({@link #HELPERS} is 0). */
  static ExecutorService pool() {
    return Pool.EXECUTOR;
  }

  /**
   * Runs {@code task} on a new thread with a stack of {@link #STACK_BYTES} and waits for it. What
   * the task throws, Errors included, is thrown here.
   */
  public static void run(Runnable task) {
    Throwable[] failure = new Throwable[1];
    Thread thread = thread(() -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        failure[0] = e;
      }
    }, Thread.currentThread().getName());
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join(); // also makes what the thread wrote visible here
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    } else if (failure[0] instanceof Error e) {
      throw e;
    }
  }

  private static Thread thread(Runnable task, String name) {
    Thread thread = new Thread(null, task, name, STACK_BYTES);
    thread.setDaemon(true);
    return thread;
  }
}
