package dev.regintel.app.internal.graphql;

import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The contract's queries whose features land with later work. Each answers with a NOT_IMPLEMENTED
 * error, never with made-up data; a feature removes its method from here when it lands.
 */
@Controller
class NotYetImplemented {

  @QueryMapping
  List<Object> openForComment() {
    throw ApiException.notImplemented("openForComment", "drafts");
  }

  @QueryMapping
  List<Object> changes() {
    throw ApiException.notImplemented("changes", "drafts");
  }
}
