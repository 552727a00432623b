package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.ProvenanceView;

/**
 * A mapping seen from one of its ends as source (the relation inverted when walked backwards), with
 * who states it ({@code madeBy}, a {@link dev.regintel.ontology.MappingAuthor} name) and its stated
 * legal effect.
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
    ProvenanceView provenance) {}
