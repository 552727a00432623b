package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one requirement's content relates to another's ({@code MAPS_TO}, a NIST IR 8477 set-theory
 * relation), with the rationale and who says so.
 */
public record MappingWrite(
    String from,
    String to,
    String relation,
    String rationale,
    Integer strength,
    String note,
    List<String> unverified,
    Provenance provenance) {

  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("relation", relation);
    p.put("rationale", rationale);
    p.put("strength", strength);
    p.put("note", note);
    p.put("unverified", DocumentWrite.emptyToNull(unverified));
    return p;
  }
}
