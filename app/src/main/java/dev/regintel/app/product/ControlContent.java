package dev.regintel.app.product;

import dev.regintel.app.internal.neo4j.Values;
import org.neo4j.driver.types.MapAccessor;

/**
 * What a control is, in English and Japanese, as every path knows it: seed files (where these
 * fields stand at the top level of a control), the graph writer and the API's view.
 *
 * @param category one of the ontology's {@code ControlCategory} names
 */
public record ControlContent(
    String name, String nameJa, String description, String descriptionJa, String category) {

  /** The content of a control node. */
  public static ControlContent of(MapAccessor n) {
    return new ControlContent(
        Values.str(n, "name"),
        Values.str(n, "nameJa"),
        Values.str(n, "description"),
        Values.str(n, "descriptionJa"),
        Values.str(n, "category"));
  }
}
