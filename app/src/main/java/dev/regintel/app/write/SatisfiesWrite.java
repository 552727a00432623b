package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
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
    return Records.properties(this, "controlId", "requirementId", "provenance");
  }
}
