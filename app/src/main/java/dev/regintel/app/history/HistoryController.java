package dev.regintel.app.history;

import dev.regintel.app.document.DocumentView;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Document.history}: what every writer changed in a document, newest first. */
@Controller
class HistoryController {

  private final HistoryRepository history;

  HistoryController(HistoryRepository history) {
    this.history = history;
  }

  /** The changes of every requested document in one query. */
  @BatchMapping(typeName = "Document")
  Map<DocumentView, List<ChangeView>> history(List<DocumentView> documents) {
    return history.of(documents);
  }
}
