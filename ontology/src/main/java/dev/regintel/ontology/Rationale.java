package dev.regintel.ontology;

/** Why a mapping was drawn ({@code MAPS_TO.rationale}, NIST IR 8477). */
public enum Rationale {
  /** The wording is the same or nearly so. */
  SYNTACTIC,
  /** The meaning is the same, worded differently. */
  SEMANTIC,
  /** Meeting one achieves the same outcome as meeting the other. */
  FUNCTIONAL
}
