package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.util.List;
import java.util.Map;

/**
 * A security control (a capability a device can implement), written by its owner. Seed files bind
 * it as it stands; its provenance comes from the file's {@code source}.
 */
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

  public ControlWrite {
    unverified = DocumentWrite.emptyToNull(unverified);
  }

  /** The same control read from {@code source}. */
  public ControlWrite withProvenance(Provenance source) {
    return new ControlWrite(
        id, name, nameJa, description, descriptionJa, category, unverified, note, source);
  }

  Map<String, Object> properties() {
    return Records.properties(this, "id", "provenance");
  }
}
