package dev.regintel.app.trace;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.neo4j.Graph;
import dev.regintel.app.internal.startup.StartupTimeline;
import dev.regintel.app.internal.startup.StartupTimeline.Phase;
import dev.regintel.app.write.GraphChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Holds the {@link MappingIndex} trace and coverage walk when {@code regintel.trace.walk} is {@code
 * index}, and rebuilds it when the graph moves on. It counts the changes it hears of: a {@link
 * GraphChanged} from a write in this process, or a trace or coverage that found the graph at
 * another generation than the index. An index is current while no change was heard since its build
 * began; one that is not is not used (the trace or coverage is answered by Cypher) and a rebuild is
 * started in the background, one at a time, again while changes keep coming during it. Built at
 * start, after the seed load.
 */
@Component
@Order(20)
class MappingIndexKeeper implements ApplicationRunner, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MappingIndexKeeper.class);

  /** How long after a failed build the next may start. */
  private static final long RETRY_NANOS = 5_000_000_000L;

  /** An index and the count of changes heard when its build began. */
  private record Built(MappingIndex index, long changes) {}

  private final Graph graph;
  private final StartupTimeline timeline;
  private final boolean enabled;
  private final AtomicLong changes = new AtomicLong();
  private final AtomicBoolean building = new AtomicBoolean();
  private final ExecutorService builder =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("mapping-index").factory());
  private volatile Built built;
  private volatile long failedAt = System.nanoTime() - RETRY_NANOS;
  private volatile long buildMillis;

  MappingIndexKeeper(
      Graph graph,
      RegintelProperties properties,
      MeterRegistry registry,
      StartupTimeline timeline) {
    this.graph = graph;
    this.timeline = timeline;
    this.enabled = properties.trace().walk() == RegintelProperties.Trace.Walk.INDEX;
    Gauge.builder("regintel.trace.index.generation", this, k -> k.currentGeneration())
        .description("Graph generation of the mapping index traces walk; -1 while none is current")
        .register(registry);
    Gauge.builder("regintel.trace.index.bytes", this, k -> k.currentBytes())
        .description("Estimated heap bytes of the current mapping index; 0 while none is current")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("regintel.trace.index.build", this, k -> k.buildMillis)
        .description("How long the last mapping index build took")
        .baseUnit("milliseconds")
        .register(registry);
  }

  private double currentGeneration() {
    Built b = built;
    return b != null && b.changes() == changes.get() ? b.index().generation() : -1;
  }

  private double currentBytes() {
    Built b = built;
    return b != null && b.changes() == changes.get() ? b.index().estimatedBytes() : 0;
  }

  boolean enabled() {
    return enabled;
  }

  /** Builds the index at start, once the seed data is in (when this process walks the index). */
  @Override
  public void run(ApplicationArguments args) {
    if (enabled) {
      try {
        timeline.time(Phase.INDEX, this::rebuildNow);
      } catch (RuntimeException e) {
        log.warn(
            "Mapping index not built at start; traces and coverage use Cypher until it is: {}",
            e.toString());
      }
    }
  }

  /**
   * The index if it is current, else null after starting a rebuild (when this process walks the
   * index at all).
   */
  MappingIndex current() {
    Built b = built;
    if (b != null && b.changes() == changes.get()) {
      return b.index();
    }
    schedule();
    return null;
  }

  /** A write in this process changed the graph: the index is stale until rebuilt. */
  @EventListener
  void onGraphChanged(GraphChanged event) {
    stale();
  }

  /** Something showed the graph is not what the index holds; rebuild it. */
  void stale() {
    changes.incrementAndGet();
    schedule();
  }

  /**
   * Whether a read that checks the index (its {@code generation} and {@code changedAt}) found the
   * graph where the index was read; when not, the index is stale.
   */
  boolean readAt(MappingIndex index, Record row) {
    Value generation = row.get("generation");
    if (index.builtAt(
        generation.isNull() ? 0 : generation.asLong(), row.get("changedAt").asString(null))) {
      return true;
    }
    stale();
    return false;
  }

  /**
   * Whether SATISFIES edges just read (and, with a device, its controls) are those the index holds.
   * When not, the index is corrected if it holds every claimed requirement (a claim made or
   * withdrawn since the build: those count no generation), else it is stale (a claim on a
   * requirement written without a new generation: the graph is read again).
   *
   * @param deviceId the device whose controls {@code live} holds, or null
   */
  boolean claimsAgree(
      MappingIndex index, String deviceId, Map<String, List<MappingWalk.Start>> live) {
    if (index.agrees(deviceId, live)) {
      return true;
    }
    if (live.values().stream().allMatch(index::holdsAll)) {
      index.correct(deviceId, live);
    } else {
      stale();
    }
    return false;
  }

  /** Rebuilds the index now, in the calling thread; returns it. */
  synchronized MappingIndex rebuildNow() {
    long heard = changes.get();
    long started = System.nanoTime();
    MappingIndex index = MappingIndexReads.read(graph);
    built = new Built(index, heard);
    buildMillis = (System.nanoTime() - started) / 1_000_000;
    log.info(
        "Mapping index at generation {}: {} requirements, {} mappings, {} controls with claims,"
            + " about {} MB, built in {} ms",
        index.generation(),
        index.requirements(),
        index.mappings(),
        index.controls(),
        String.format(java.util.Locale.ROOT, "%.1f", index.estimatedBytes() / 1e6),
        buildMillis);
    return index;
  }

  private void schedule() {
    if (enabled
        && System.nanoTime() - failedAt >= RETRY_NANOS
        && building.compareAndSet(false, true)) {
      builder.execute(this::rebuildWhileStale);
    }
  }

  private void rebuildWhileStale() {
    try {
      Built b = built;
      while (b == null || b.changes() != changes.get()) {
        rebuildNow();
        b = built;
      }
    } catch (RuntimeException e) {
      failedAt = System.nanoTime();
      log.warn(
          "Mapping index rebuild failed; traces and coverage use Cypher meanwhile: {}",
          e.toString());
    } finally {
      building.set(false);
    }
    Built b = built;
    // A change heard after the last check, while this build still counted as running.
    if (b == null || b.changes() != changes.get()) {
      schedule();
    }
  }

  @Override
  public void close() {
    builder.shutdownNow();
  }
}
