package dev.regintel.ontology;

/** How strongly a requirement binds. */
public enum Obligation {
  /** Must always be met ("shall"). */
  MANDATORY,
  /** Must be met when its stated condition holds. */
  CONDITIONAL,
  /** Should be met ("should"). */
  RECOMMENDED,
  /** Explains or groups; obliges nothing by itself. */
  INFORMATIVE
}
