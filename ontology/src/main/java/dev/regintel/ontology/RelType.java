package dev.regintel.ontology;

/**
 * Relationship types of the regintel graph. The javadoc of each constant gives its direction and
 * its properties besides provenance: every relationship carries {@link Provenance} like the node it
 * was read with.
 */
public enum RelType {
  /** (Document)-[:PUBLISHED_BY]->(Publisher): who issued it; one per document. */
  PUBLISHED_BY,
  /** (Document)-[:APPLIES_IN]->(Jurisdiction): where the document has force or is issued. */
  APPLIES_IN,
  /** (Publisher)-[:BASED_IN]->(Jurisdiction): where the publisher is based; at most one. */
  BASED_IN,
  /** (Jurisdiction)-[:PART_OF]->(Jurisdiction): the smaller inside the larger, e.g. US-CA to US. */
  PART_OF,
  /**
   * (Document)-[:HAS_REQUIREMENT]->(Requirement) for every requirement of the document, at any
   * depth (flat membership; the order is the requirement's {@code order}).
   */
  HAS_REQUIREMENT,
  /** (Requirement)-[:HAS_PART]->(Requirement): the document hierarchy, parent to child. */
  HAS_PART,
  /**
   * (Document)-[:NEXT_VERSION]->(Document): from a version or draft to the next of the same work.
   */
  NEXT_VERSION,
  /** (Document)-[:SUPERSEDES]->(Document): from the newer document to the one it replaces. */
  SUPERSEDES,
  /**
   * (Requirement)-[:MAPS_TO {relation, rationale, strength, note, madeBy, effect,
   * effectJa}]->(Requirement): how the source's content relates to the target's ({@link Relation},
   * {@link Rationale}, strength 0 to 10; NIST IR 8477), who states it ({@link MappingAuthor}) and,
   * for a recognition, its stated legal effect.
   */
  MAPS_TO,
  /**
   * (Control)-[:SATISFIES {fulfilment, evidence}]->(Requirement): the control's claim to fulfil the
   * requirement ({@link Fulfilment#FULL} or {@link Fulfilment#PARTIAL}) and why.
   */
  SATISFIES,
  /** (Device)-[:IMPLEMENTS]->(Control). */
  IMPLEMENTS,
  /** (Supplier)-[:SUPPLIES]->(Device): who makes or sells it; at most one per device. */
  SUPPLIES,
  /** (Device)-[:MARKETED_IN]->(Jurisdiction): the device's markets. */
  MARKETED_IN,
  /** (ApplicabilityRule)-[:MAKES_APPLICABLE]->(Document): the document the rule is about; one. */
  MAKES_APPLICABLE
}
