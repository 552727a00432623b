package dev.regintel.ontology;

/**
 * Relationship types of the regintel graph. The javadoc of each constant gives its direction; every
 * relationship carries provenance like every node does.
 */
public enum RelType {
  /** (Document)-[:PUBLISHED_BY]->(Publisher). */
  PUBLISHED_BY,
  /** (Document)-[:APPLIES_IN]->(Jurisdiction): where the document has force or is issued. */
  APPLIES_IN,
  /** (Publisher)-[:BASED_IN]->(Jurisdiction). */
  BASED_IN,
  /** (Jurisdiction)-[:PART_OF]->(Jurisdiction), e.g. US-CA part of US. */
  PART_OF,
  /**
   * (Document)-[:HAS_REQUIREMENT]->(Requirement) for every requirement of the document, at any
   * depth.
   */
  HAS_REQUIREMENT,
  /** (Requirement)-[:HAS_PART]->(Requirement): the document hierarchy, parent to child. */
  HAS_PART,
  /** (Document)-[:NEXT_VERSION]->(Document): the later version or draft of the same work. */
  NEXT_VERSION,
  /** (Document)-[:SUPERSEDES]->(Document): the newer document replaces the older one. */
  SUPERSEDES,
  /**
   * (Requirement)-[:MAPS_TO {relation, rationale, strength}]->(Requirement): how the source's
   * content relates to the target's (NIST IR 8477).
   */
  MAPS_TO,
  /** (Control)-[:SATISFIES {fulfilment, evidence}]->(Requirement). */
  SATISFIES,
  /** (Device)-[:IMPLEMENTS]->(Control). */
  IMPLEMENTS,
  /** (Supplier)-[:SUPPLIES]->(Device). */
  SUPPLIES,
  /** (Device)-[:MARKETED_IN]->(Jurisdiction). */
  MARKETED_IN,
  /** (ApplicabilityRule)-[:MAKES_APPLICABLE]->(Document). */
  MAKES_APPLICABLE
}
