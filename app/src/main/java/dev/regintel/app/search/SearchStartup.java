package dev.regintel.app.search;

import dev.regintel.app.internal.config.RegintelProperties;
import dev.regintel.app.internal.startup.StartupTimeline;
import dev.regintel.app.internal.startup.StartupTimeline.Phase;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the seed data (if any) is loaded at start, makes sure the search index matches the graph.
 */
@Component
@Order(10)
class SearchStartup implements ApplicationRunner {

  private final SearchIndex index;
  private final boolean maintain;
  private final StartupTimeline timeline;

  SearchStartup(SearchIndex index, RegintelProperties properties, StartupTimeline timeline) {
    this.index = index;
    this.maintain = properties.search().maintain();
    this.timeline = timeline;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (maintain) {
      timeline.time(Phase.INDEX, index::refresh);
    }
  }
}
