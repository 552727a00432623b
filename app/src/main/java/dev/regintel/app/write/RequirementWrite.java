package dev.regintel.app.write;

import dev.regintel.app.requirement.RequirementContent;
import dev.regintel.ontology.Provenance;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One provision of a document as a writer gives it to the graph. Nulls as in {@link DocumentWrite}.
 *
 * @param id the requirement id (usually {@code Ids.requirement(documentId, ref)})
 * @param documentId the document it belongs to
 * @param parentId the provision it is part of, or null at the top
 * @param order its place in the document; null lets the writer append it
 * @param content what it says; a null {@code textIsOfficial} lets the writer decide (true when an
 *     observing writer gives a text)
 */
public record RequirementWrite(
    String id,
    String documentId,
    String parentId,
    Integer order,
    RequirementContent content,
    Provenance provenance) {

  String ref() {
    return content.ref();
  }

  /** The node's properties this record names, by their graph names; nulls included. */
  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    Records.putComponents(p, content);
    p.put("unverified", DocumentWrite.emptyToNull(content.unverified()));
    p.put("baselines", DocumentWrite.emptyToNull(content.baselines()));
    p.put("parentId", parentId);
    p.put("order", order);
    return p;
  }
}
