package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.ontology.Relation;
import java.util.Map;

/** A mapping seen from one of its ends as source (the relation inverted when walked backwards). */
public record MappingView(
    RequirementView source,
    RequirementView target,
    String relation,
    String rationale,
    Integer strength,
    String note,
    ProvenanceView provenance) {

  /**
   * The view of a MAPS_TO relationship seen from {@code self}.
   *
   * @param m the relationship's properties
   * @param outgoing whether {@code self} is the relationship's start (else the relation is
   *     inverted)
   */
  public static MappingView of(
      RequirementView self, RequirementView other, Map<String, Object> m, boolean outgoing) {
    Relation stated = Relation.valueOf((String) m.get("relation"));
    Object strength = m.get("strength");
    return new MappingView(
        self,
        other,
        (outgoing ? stated : stated.inverse()).name(),
        (String) m.get("rationale"),
        strength == null ? null : ((Number) strength).intValue(),
        (String) m.get("note"),
        ProvenanceView.of(m));
  }
}
