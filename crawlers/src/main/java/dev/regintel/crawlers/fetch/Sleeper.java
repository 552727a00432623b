package dev.regintel.crawlers.fetch;

import java.time.Duration;

/**
 * Waits. The fetcher waits for politeness delays and retry backoff only through this, so tests can
 * replace real sleeping with a clock they advance themselves.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps with {@link Thread#sleep(Duration)}. */
  Sleeper SYSTEM = Thread::sleep;

  /** Waits for {@code duration} (zero or positive). */
  void sleep(Duration duration) throws InterruptedException;
}
