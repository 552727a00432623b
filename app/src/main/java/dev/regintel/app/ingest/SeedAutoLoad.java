package dev.regintel.app.ingest;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.startup.StartupTimeline;
import dev.regintel.app.internal.startup.StartupTimeline.Phase;
import java.nio.file.Files;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, loads the seed data into a graph that has never been seeded (a new data directory or an
 * empty external database); a graph that has been seeded once is left as it is.
 */
@Component
@Order(0)
@ConditionalOnProperty(
    prefix = "regintel.seed",
    name = "autoload",
    havingValue = "true",
    matchIfMissing = true)
class SeedAutoLoad implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SeedAutoLoad.class);

  private final SeedLoader loader;
  private final RegintelProperties properties;
  private final StartupTimeline timeline;

  SeedAutoLoad(SeedLoader loader, RegintelProperties properties, StartupTimeline timeline) {
    this.loader = loader;
    this.properties = properties;
    this.timeline = timeline;
  }

  @Override
  public void run(ApplicationArguments args) {
    timeline.time(Phase.SEED, this::loadIfNew);
  }

  private void loadIfNew() {
    if (loader.seeded()) {
      log.info("The graph was seeded before; not loading seed data again");
      return;
    }
    var dir = properties.seed().path();
    if (!Files.isDirectory(dir)) {
      log.warn("No seed-data directory at {}; the graph starts empty", dir.toAbsolutePath());
      return;
    }
    log.info("New graph: loading seed data from {}", dir.toAbsolutePath());
    // The search index and the mapping index are brought up to date by their own start-up steps,
    // which run next: the load does not wait for them.
    LoadReport report = loader.load(List.of(dir), written -> {}, false);
    report.problems().forEach(p -> log.warn("Seed problem: {}", p));
  }
}
