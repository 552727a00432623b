package dev.regintel.crawlers.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: one request at a time per host name, and a gap between the end of one
 * request and the start of the next. A host's turn is held for the whole exchange, body included;
 * whoever holds it decides the least gap before the next turn (the delay, Crawl-delay, or a retry
 * backoff), so a server that asked us to slow down is slowed down for every caller, not just for
 * the one that got the 429.
 */
final class HostPacer {

  private final Map<String, Slot> slots = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Sleeper sleeper;

  HostPacer(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits for {@code host}'s turn: until no other request to it is in flight and its gap has
   * passed. Close the turn when the exchange is over.
   */
  Turn acquire(String host) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
    slot.lock.lockInterruptibly();
    try {
      Duration wait = Duration.between(clock.instant(), slot.nextStart);
      while (wait.isPositive()) {
        sleeper.sleep(wait);
        wait = Duration.between(clock.instant(), slot.nextStart);
      }
    } catch (InterruptedException e) {
      slot.lock.unlock();
      throw e;
    }
    return new Turn(slot);
  }

  /** The state of one host; its fields are guarded by its lock. */
  private static final class Slot {
    // Fair, so a host's waiting callers are served in arrival order and none starves.
    final ReentrantLock lock = new ReentrantLock(true);
    Instant nextStart = Instant.MIN;
  }

  /** One caller's exclusive use of a host. */
  final class Turn implements AutoCloseable {

    private final Slot slot;
    private Duration gap = Duration.ZERO;

    private Turn(Slot slot) {
      this.slot = slot;
    }

    /** Asks for at least {@code least} between the end of this turn and the next one. */
    void keepApart(Duration least) {
      if (least.compareTo(gap) > 0) {
        gap = least;
      }
    }

    @Override
    public void close() {
      slot.nextStart = clock.instant().plus(gap);
      slot.lock.unlock();
    }
  }
}
