package dev.regintel.app.search;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The search query. */
@Controller
class SearchController {

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @QueryMapping
  SearchResultView search(
      @Argument String query,
      @Argument String lang,
      @Argument SearchFilter filter,
      @Argument Integer first,
      @Argument Integer offset,
      @Argument Boolean exactTotal) {
    return search.search(
        query,
        filter,
        first == null ? 20 : first,
        offset == null ? 0 : offset,
        Boolean.TRUE.equals(exactTotal));
  }
}
