package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.ontology.MappingAuthor;
import dev.regintel.ontology.Relation;
import java.util.List;
import java.util.Map;

/**
 * A mapping seen from one of its ends as source (the relation inverted when walked backwards), with
 * who states it ({@code madeBy}, a {@link MappingAuthor} name), its stated legal effect and the
 * fields its author does not state outright.
 */
public record MappingView(
    RequirementView source,
    RequirementView target,
    String relation,
    String rationale,
    Integer strength,
    String note,
    String madeBy,
    String effect,
    String effectJa,
    List<String> unverified,
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
    // Mappings written before madeBy existed carry none: they were our own judgement.
    String madeBy = (String) m.get("madeBy");
    List<String> unverified =
        m.get("unverified") instanceof List<?> fields
            ? fields.stream().map(String::valueOf).toList()
            : List.of();
    return new MappingView(
        self,
        other,
        (outgoing ? stated : stated.inverse()).name(),
        (String) m.get("rationale"),
        strength == null ? null : ((Number) strength).intValue(),
        (String) m.get("note"),
        madeBy == null ? MappingAuthor.DEFAULT.name() : madeBy,
        (String) m.get("effect"),
        (String) m.get("effectJa"),
        unverified,
        ProvenanceView.of(m));
  }
}
