package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A security control (a capability a device can implement), written by its owner. */
public record ControlWrite(
    String id,
    String name,
    String nameJa,
    String description,
    String descriptionJa,
    String category,
    List<String> unverified,
    String note,
    Provenance provenance) {

  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("nameJa", nameJa);
    p.put("description", description);
    p.put("descriptionJa", descriptionJa);
    p.put("category", category);
    p.put("unverified", DocumentWrite.emptyToNull(unverified));
    p.put("note", note);
    return p;
  }
}
