package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.util.Map;

/** A maker or vendor of devices, written by its owner. */
public record SupplierWrite(
    String id,
    String name,
    String nameJa,
    String url,
    boolean example,
    String note,
    Provenance provenance) {

  Map<String, Object> properties() {
    return Records.properties(this, "id", "provenance");
  }
}
