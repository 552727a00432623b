package dev.regintel.app.requirement;

import dev.regintel.app.internal.graphql.ProvenanceView;

/** A mapping seen from one of its ends as source (the relation inverted when walked backwards). */
public record MappingView(
    RequirementView source,
    RequirementView target,
    String relation,
    String rationale,
    Integer strength,
    String note,
    ProvenanceView provenance) {}
