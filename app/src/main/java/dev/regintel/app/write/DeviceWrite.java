package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.util.List;
import java.util.Map;

/**
 * A device (a product or product family), written by its owner, with its links: who supplies it,
 * the controls it implements and the markets it is sold in. The links replace the stored ones.
 */
public record DeviceWrite(
    String id,
    String name,
    String nameJa,
    String category,
    String use,
    boolean example,
    String note,
    String supplier,
    List<String> controls,
    List<String> markets,
    Provenance provenance) {

  public DeviceWrite {
    controls = controls == null ? List.of() : List.copyOf(controls);
    markets = markets == null ? List.of() : List.copyOf(markets);
  }

  Map<String, Object> properties() {
    return Records.properties(this, "id", "supplier", "controls", "markets", "provenance");
  }
}
