package dev.regintel.app.product;

import dev.regintel.app.internal.graphql.ProvenanceView;
import dev.regintel.app.requirement.RequirementView;

/** A control's claim to fulfil a requirement. */
public record SatisfactionView(
    RequirementView requirement, String fulfilment, String evidence, ProvenanceView provenance) {}
