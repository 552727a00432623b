package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claim that a control fulfils a requirement ({@code SATISFIES}), with how fully and on what
 * evidence.
 */
public record SatisfiesWrite(
    String controlId,
    String requirementId,
    String fulfilment,
    String evidence,
    Provenance provenance) {

  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("fulfilment", fulfilment);
    p.put("evidence", evidence);
    return p;
  }
}
