package dev.regintel.app.write;

import dev.regintel.ontology.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One provision of a document as a writer gives it to the graph. Nulls as in {@link DocumentWrite}.
 *
 * @param id the requirement id (usually {@code Ids.requirement(documentId, ref)})
 * @param documentId the document it belongs to
 * @param textIsOfficial whether {@code text} is the source's own wording; null lets the writer
 *     decide (true when an observing writer gives a text)
 * @param parentId the provision it is part of, or null at the top
 * @param order its place in the document; null lets the writer append it
 */
public record RequirementWrite(
    String id,
    String documentId,
    String ref,
    String title,
    String titleJa,
    String text,
    String textJa,
    Boolean textIsOfficial,
    String obligation,
    String condition,
    String conditionJa,
    String section,
    String deadline,
    List<String> unverified,
    String note,
    String parentId,
    Integer order,
    Provenance provenance) {

  public RequirementWrite {
    unverified = DocumentWrite.emptyToNull(unverified);
  }

  /** The node's properties this record names, by their graph names; nulls included. */
  Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("ref", ref);
    p.put("title", title);
    p.put("titleJa", titleJa);
    p.put("text", text);
    p.put("textJa", textJa);
    p.put("textIsOfficial", textIsOfficial);
    p.put("obligation", obligation);
    p.put("condition", condition);
    p.put("conditionJa", conditionJa);
    p.put("section", section);
    p.put("deadline", deadline);
    p.put("unverified", unverified);
    p.put("note", note);
    p.put("parentId", parentId);
    p.put("order", order);
    return p;
  }
}
