package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.util.LinkedHashMap;
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
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("nameJa", nameJa);
    p.put("url", url);
    p.put("example", example);
    p.put("note", note);
    return p;
  }
}
