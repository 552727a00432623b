package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.RecordFields;
import org.springframework.stereotype.Component;

/** The GraphQL type {@code Requirement} serves its content's fields as its own. */
@Component
class RequirementFields extends RecordFields<RequirementView> {

  RequirementFields() {
    super("Requirement", RequirementView.class, RequirementContent.class, RequirementView::content);
  }
}
