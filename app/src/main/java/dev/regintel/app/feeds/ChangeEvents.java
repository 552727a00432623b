package dev.regintel.app.feeds;

import dev.regintel.app.drafts.DraftFilter;
import dev.regintel.app.drafts.DraftsRepository;
import dev.regintel.app.history.ChangeView;
import dev.regintel.app.internal.graphql.ApiException;
import dev.regintel.app.write.GraphChanged;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code changeEvents} subscription. A subscriber holds a cursor (the time and id of the last
 * change it was sent); once a second, if this instance wrote to the graph since its last read (a
 * {@link GraphChanged} event) or that read was full, it reads the changes after its cursor with its
 * filters, oldest first. So the graph is read only after writes, at most once a second per
 * subscriber, and a subscriber gets at most {@value #MAX_EVENTS_PER_READ} events a second.
 */
@Controller
class ChangeEvents {

  /** The most subscriptions open at once on one instance. */
  static final int MAX_SUBSCRIBERS = 100;

  /** The most events one read delivers; a subscriber gets at most this many a second. */
  static final int MAX_EVENTS_PER_READ = 100;

  /** How often a subscriber may read. */
  static final Duration PERIOD = Duration.ofSeconds(1);

  private final DraftsRepository drafts;
  private final AtomicInteger subscribers = new AtomicInteger();
  private final AtomicLong writes = new AtomicLong();

  ChangeEvents(DraftsRepository drafts) {
    this.drafts = drafts;
  }

  @EventListener
  void graphChanged(GraphChanged event) {
    writes.incrementAndGet();
  }

  @SubscriptionMapping
  Flux<ChangeView> changeEvents(
      @Argument List<String> changeKinds,
      @Argument List<String> publishers,
      @Argument List<String> jurisdictions,
      @Argument List<String> kinds,
      @Argument List<String> keywords) {
    DraftFilter filter = DraftFilter.of(publishers, jurisdictions, kinds, keywords);
    List<String> kindsOfChange = DraftFilter.changeKinds(changeKinds);
    if (subscribers.incrementAndGet() > MAX_SUBSCRIBERS) {
      subscribers.decrementAndGet();
      throw new ApiException(
          ApiException.Code.LIMIT_EXCEEDED,
          "this instance has "
              + MAX_SUBSCRIBERS
              + " subscriptions open, the most it serves; try again later");
    }
    Cursor cursor = new Cursor(OffsetDateTime.now(ZoneOffset.UTC), "", writes.get());
    return Flux.interval(PERIOD)
        .onBackpressureDrop()
        .concatMap(tick -> next(cursor, kindsOfChange, filter), 1)
        .concatMapIterable(batch -> batch)
        .doFinally(signal -> subscribers.decrementAndGet());
  }

  /** The changes after the cursor, when there may be any; moves the cursor past them. */
  private Mono<List<ChangeView>> next(Cursor cursor, List<String> kinds, DraftFilter filter) {
    long seen = writes.get();
    if (seen == cursor.writes && !cursor.full) {
      return Mono.empty();
    }
    return Mono.fromCallable(
            () -> {
              List<ChangeView> batch =
                  drafts.changesAfter(cursor.at, cursor.id, kinds, filter, MAX_EVENTS_PER_READ);
              cursor.writes = seen;
              cursor.full = batch.size() == MAX_EVENTS_PER_READ;
              if (!batch.isEmpty()) {
                cursor.at = batch.getLast().at();
                cursor.id = batch.getLast().id();
              }
              return batch;
            })
        .subscribeOn(Schedulers.boundedElastic());
  }

  /** Where one subscriber is; touched by one read at a time (concatMap). */
  private static final class Cursor {
    private OffsetDateTime at;
    private String id;
    private long writes;
    private boolean full;

    private Cursor(OffsetDateTime at, String id, long writes) {
      this.at = at;
      this.id = id;
      this.writes = writes;
    }
  }
}
