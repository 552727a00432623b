package dev.regintel.app.search;

import dev.regintel.app.internal.config.RegintelProperties;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index up with writes this instance did not make: another instance on the same
 * graph, a crawl or load run as a separate process. Every {@code regintel.search.poll-interval} it
 * asks the graph for its generation (one small read) and rebuilds the index when the graph has
 * moved on. Writes made here rebuild it at once ({@code GraphChanged}); this is for the others.
 */
@Component
class SearchPoller implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SearchPoller.class);

  private final Runnable refresh;
  private final Duration interval;
  private ScheduledExecutorService scheduler;
  private boolean failing;

  @Autowired
  SearchPoller(SearchIndex index, RegintelProperties properties) {
    this(index::refresh, properties.search().pollInterval());
  }

  /** A poller of {@code refresh} (tests). */
  SearchPoller(Runnable refresh, Duration interval) {
    this.refresh = refresh;
    this.interval = interval;
  }

  /** Starts polling once the app is ready (after the seed load and the first index build). */
  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    if (interval.isZero() || scheduler != null) {
      return;
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("search-poller").daemon().unstarted(r));
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
  }

  /**
   * One poll: rebuilds the index when the graph's generation is newer. A graph that cannot be
   * reached is said once in the log, not every interval, and the next poll tries again.
   */
  void poll() {
    try {
      refresh.run();
      if (failing) {
        log.info("Search index polling works again");
      }
      failing = false;
    } catch (RuntimeException e) {
      if (!failing) {
        log.warn("Search index polling failed; it retries every {}: {}", interval, e.toString());
      }
      failing = true;
    }
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }
}
