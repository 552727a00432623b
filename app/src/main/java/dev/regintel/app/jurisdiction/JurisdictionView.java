package dev.regintel.app.jurisdiction;

import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.Node;

/** A jurisdiction as the API shows it. */
public record JurisdictionView(String code, String name, String nameJa) {

  public static JurisdictionView of(Node node) {
    return new JurisdictionView(
        Values.str(node, "code"), Values.str(node, "name"), Values.str(node, "nameJa"));
  }
}
