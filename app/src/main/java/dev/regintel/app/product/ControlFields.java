package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.RecordFields;
import org.springframework.stereotype.Component;

/** The GraphQL type {@code Control} serves its content's fields as its own. */
@Component
class ControlFields extends RecordFields<ControlView> {

  ControlFields() {
    super("Control", ControlView.class, ControlContent.class, ControlView::content);
  }
}
