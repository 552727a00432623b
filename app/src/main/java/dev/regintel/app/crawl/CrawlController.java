package dev.regintel.app.crawl;

import dev.regintel.app.internal.graphql.ApiException;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code crawlRuns}. */
@Controller
class CrawlController {

  private final CrawlRuns runs;

  CrawlController(CrawlRuns runs) {
    this.runs = runs;
  }

  @QueryMapping
  List<CrawlRunView> crawlRuns(@Argument String source, @Argument Integer first) {
    int limit = first == null ? 20 : first;
    if (limit < 1 || limit > 500) {
      throw ApiException.badInput("first must be from 1 to 500, not " + limit);
    }
    return runs.latest(source, limit).stream().map(CrawlRunView::of).toList();
  }
}
