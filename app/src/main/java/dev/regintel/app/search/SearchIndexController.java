package dev.regintel.app.search;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code rebuildSearchIndex}: the curator's way to bring search up to date at once. */
@Controller
class SearchIndexController {

  private final SearchIndex index;

  SearchIndexController(SearchIndex index) {
    this.index = index;
  }

  @MutationMapping
  SearchIndex.Build rebuildSearchIndex() {
    return index.rebuildNow();
  }
}
