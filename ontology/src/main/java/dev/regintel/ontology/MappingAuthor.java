package dev.regintel.ontology;

/**
 * Who states a mapping ({@code MAPS_TO.madeBy}): the authority behind it, so that a link read in a
 * law is not mistaken for our own reading, nor ours for the law's. The GraphQL enum {@code
 * MappingAuthor} has exactly these values.
 */
public enum MappingAuthor {
  /** The publisher of one of the two rules states the link, e.g. a law naming a standard. */
  PUBLISHER,
  /** A crosswalk published by a third party, e.g. NIST's OLIR mappings. */
  CROSSWALK,
  /**
   * A mutual-recognition arrangement with legal effect: meeting one rule is accepted as meeting the
   * other (the mapping's {@code effect} says how far).
   */
  RECOGNITION,
  /** The regintel curators' own judgement; what a mapping that names no author is. */
  REGINTEL;

  /** The author of a mapping that names none. */
  public static final MappingAuthor DEFAULT = REGINTEL;
}
