package dev.regintel.ontology;

/**
 * The NIST IR 8477 set-theory relationship between two requirements: how the content of the source
 * relates to the content of the target ({@code MAPS_TO.relation}). The GraphQL enum {@code
 * Relation} and the seed schema have exactly these values.
 */
public enum Relation {
  /** Source and target say the same thing. */
  EQUAL,
  /** Everything the source asks is also asked by the target, which asks more. */
  SUBSET_OF,
  /** The source asks everything the target asks, and more. */
  SUPERSET_OF,
  /** They share some content; each also asks something the other does not. */
  INTERSECTS_WITH;

  /**
   * The relation seen from the other end: if A is SUBSET_OF B then B is SUPERSET_OF A. EQUAL and
   * INTERSECTS_WITH are symmetric.
   */
  public Relation inverse() {
    return switch (this) {
      case EQUAL -> EQUAL;
      case SUBSET_OF -> SUPERSET_OF;
      case SUPERSET_OF -> SUBSET_OF;
      case INTERSECTS_WITH -> INTERSECTS_WITH;
    };
  }

  /**
   * Whether fully meeting the source is enough to fully meet the target. True when the target's
   * content is contained in the source's: EQUAL and SUPERSET_OF.
   */
  public boolean preservesFullFulfilment() {
    return this == EQUAL || this == SUPERSET_OF;
  }
}
