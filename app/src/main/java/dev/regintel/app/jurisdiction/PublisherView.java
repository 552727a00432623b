package dev.regintel.app.jurisdiction;

import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.Node;

/** A publisher as the API shows it. */
public record PublisherView(
    String id, String name, String nameJa, String abbreviation, String url) {

  public static PublisherView of(Node node) {
    return new PublisherView(
        Values.str(node, "id"),
        Values.str(node, "name"),
        Values.str(node, "nameJa"),
        Values.str(node, "abbreviation"),
        Values.str(node, "url"));
  }
}
