package dev.regintel.app.write;

import dev.regintel.app.product.ControlContent;
import dev.regintel.ontology.Provenance;
import java.util.List;
import java.util.Map;

/**
 * A security control (a capability a device can implement), written by its owner.
 *
 * @param unverified names of the fields whose value the source does not state outright
 * @param note a curator's note
 */
public record ControlWrite(
    String id,
    ControlContent content,
    List<String> unverified,
    String note,
    Provenance provenance) {

  public ControlWrite {
    unverified = DocumentWrite.emptyToNull(unverified);
  }

  Map<String, Object> properties() {
    Map<String, Object> p = Records.properties(content);
    p.put("unverified", unverified);
    p.put("note", note);
    return p;
  }
}
