package dev.regintel.app.internal.startup;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How long each phase of this start took, from the process's start to the app being ready with its
 * data: the JVM up to {@code main}; Neo4j (the embedded server's start and the driver's first
 * connection); the schema migrations; the rest of Spring's start (beans, GraphQL, the web server);
 * the seed load of a new graph; the search index and the mapping index brought up to date. Logged
 * once, when the app is ready, as one line that {@code regintel bench start} reads: {@value
 * #LOG_PREFIX} followed by {@code phase=milliseconds} pairs.
 */
@Component
public class StartupTimeline {

  /** The start of the log line that gives the phases. */
  public static final String LOG_PREFIX = "Start-up phases (ms):";

  /** The phases, in the order they run. */
  public enum Phase {
    JVM,
    NEO4J,
    SCHEMA,
    SPRING,
    SEED,
    INDEX,
    TOTAL
  }

  private static final Logger log = LoggerFactory.getLogger(StartupTimeline.class);

  /** When {@code main} began, in {@link System#nanoTime()}; 0 when not run through main. */
  private static volatile long mainStarted;

  private final Map<Phase, Long> millis = new EnumMap<>(Phase.class);
  private long started;

  /** Called first thing in {@code main}. */
  public static void mainStarted() {
    mainStarted = System.nanoTime();
  }

  /** Runs {@code work} as (part of) {@code phase}. */
  public <T> T time(Phase phase, Supplier<T> work) {
    long from = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(phase, System.nanoTime() - from);
    }
  }

  /** Runs {@code work} as (part of) {@code phase}. */
  public void time(Phase phase, Runnable work) {
    time(
        phase,
        () -> {
          work.run();
          return null;
        });
  }

  private synchronized void add(Phase phase, long nanos) {
    millis.merge(phase, nanos / 1_000_000, Long::sum);
  }

  /** The context is refreshed and the web server listens: what is left of it is Spring's. */
  @EventListener(ApplicationStartedEvent.class)
  synchronized void started() {
    started = System.nanoTime();
  }

  /** Seed and index runners are done: logs the phases. */
  @EventListener(ApplicationReadyEvent.class)
  public void ready() {
    log.info(LOG_PREFIX + " {}", line(phases(System.nanoTime())));
  }

  /** The phases measured so far, {@code now} being the end. */
  synchronized Map<Phase, Long> phases(long now) {
    Map<Phase, Long> all = new EnumMap<>(Phase.class);
    long processStarted = processStarted(now);
    long main = mainStarted == 0 ? processStarted : mainStarted;
    all.put(Phase.JVM, Math.max(0, (main - processStarted) / 1_000_000));
    long neo4j = millis.getOrDefault(Phase.NEO4J, 0L);
    long schema = millis.getOrDefault(Phase.SCHEMA, 0L);
    all.put(Phase.NEO4J, neo4j);
    all.put(Phase.SCHEMA, schema);
    long springEnd = started == 0 ? now : started;
    all.put(Phase.SPRING, Math.max(0, (springEnd - main) / 1_000_000 - neo4j - schema));
    all.put(Phase.SEED, millis.getOrDefault(Phase.SEED, 0L));
    all.put(Phase.INDEX, millis.getOrDefault(Phase.INDEX, 0L));
    all.put(Phase.TOTAL, Math.max(0, (now - processStarted) / 1_000_000));
    return all;
  }

  /** {@code jvm=1100 neo4j=2900 ...}: the form the log line and the benchmark share. */
  static String line(Map<Phase, Long> phases) {
    StringJoiner line = new StringJoiner(" ");
    phases.forEach((phase, ms) -> line.add(phase.name().toLowerCase() + "=" + ms));
    return line.toString();
  }

  /** This process's start in {@link System#nanoTime()} terms. */
  private static long processStarted(long now) {
    Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    return now - Duration.between(start, Instant.now()).toNanos();
  }
}
