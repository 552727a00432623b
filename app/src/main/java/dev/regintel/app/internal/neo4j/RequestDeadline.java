package dev.regintel.app.internal.neo4j;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The time left to the request this thread works for ({@code regintel.limits.request-timeout}). A
 * read sent while one is set gets no more than what is left as its transaction timeout, so Neo4j
 * cancels it when the request's time is up; a read asked for after that is refused at once.
 */
public final class RequestDeadline {

  private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

  private final long deadlineNanos;
  private final Duration budget;

  private RequestDeadline(long deadlineNanos, Duration budget) {
    this.deadlineNanos = deadlineNanos;
    this.budget = budget;
  }

  /**
   * Runs {@code work} on this thread for a request that started at {@code startedNanos} ({@link
   * System#nanoTime()}) with {@code budget} in all.
   *
   * @throws QueryTimeoutException when the budget is spent before the work starts
   */
  public static <T> T run(long startedNanos, Duration budget, Callable<T> work) throws Exception {
    RequestDeadline deadline = new RequestDeadline(startedNanos + budget.toNanos(), budget);
    deadline.check();
    RequestDeadline outer = CURRENT.get();
    CURRENT.set(deadline);
    try {
      return work.call();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The deadline of the request this thread works for, or null outside one. */
  static RequestDeadline current() {
    return CURRENT.get();
  }

  /** What is left; zero or negative once the time is up. */
  Duration remaining() {
    return Duration.ofNanos(deadlineNanos - System.nanoTime());
  }

  /** The request's whole budget. */
  Duration budget() {
    return budget;
  }

  /**
   * @throws QueryTimeoutException when the time is up
   */
  void check() {
    if (remaining().toMillis() < 1) {
      throw expired(null);
    }
  }

  QueryTimeoutException expired(Throwable cause) {
    return new QueryTimeoutException("request-timeout", budget, cause);
  }
}
