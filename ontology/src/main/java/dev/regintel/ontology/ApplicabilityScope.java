package dev.regintel.ontology;

/** Whom an applicability rule's document obliges ({@code ApplicabilityRule.scope}). */
public enum ApplicabilityScope {
  /** It obliges the product's manufacturer (or importer, distributor). */
  PRODUCT,
  /** It obliges organisations, and reaches products only through what they require of suppliers. */
  ENTITY,
  /** A standard or label a maker may choose to meet. */
  VOLUNTARY
}
