package dev.regintel.ontology;

/**
 * How strongly a requirement binds ({@code Requirement.obligation}). The GraphQL enum {@code
 * Obligation} and the seed schema have exactly these values.
 */
public enum Obligation {
  /** Must always be met ("shall"). */
  MANDATORY,
  /** Must be met when its stated condition holds. */
  CONDITIONAL,
  /** Should be met ("should"). */
  RECOMMENDED,
  /** Explains or groups; obliges nothing by itself. */
  INFORMATIVE;

  /**
   * Whether a child requirement with this obligation counts towards its parent's fulfilment: a
   * parent is fulfilled when its MANDATORY and CONDITIONAL children are.
   */
  public boolean binds() {
    return this == MANDATORY || this == CONDITIONAL;
  }
}
