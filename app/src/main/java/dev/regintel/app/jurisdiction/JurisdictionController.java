package dev.regintel.app.jurisdiction;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Jurisdictions and publishers: the reference data every document points at. */
@Controller
class JurisdictionController {

  private final JurisdictionRepository jurisdictions;

  JurisdictionController(JurisdictionRepository jurisdictions) {
    this.jurisdictions = jurisdictions;
  }

  @QueryMapping
  List<JurisdictionView> jurisdictions() {
    return jurisdictions.jurisdictions();
  }

  @QueryMapping
  List<PublisherView> publishers() {
    return jurisdictions.publishers();
  }

  @BatchMapping(typeName = "Publisher", field = "jurisdiction")
  Map<PublisherView, JurisdictionView> jurisdiction(List<PublisherView> publishers) {
    return jurisdictions.basedIn(publishers);
  }
}
