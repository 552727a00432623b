package dev.regintel.app.search;

import dev.regintel.app.internal.config.RegintelProperties;
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

  SearchStartup(SearchIndex index, RegintelProperties properties) {
    this.index = index;
    this.maintain = properties.search().maintain();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (maintain) {
      index.refresh();
    }
  }
}
